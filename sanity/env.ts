/**
 * Project and dataset come from the environment (the SANITY_STUDIO_ prefix lets the Studio bundle see them).
 * The defaults are valid ids, so `sanity build` and `sanity schema validate` work without a Sanity login.
 */

/**
 * The Studio build replaces `process.env.SANITY_STUDIO_*` with literals only for variables that are set; an
 * unset one is left as is, and `process` does not exist in the browser. Keep every read static and guarded.
 */
function read(getter: () => string | undefined): string | undefined {
  try {
    return getter()?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function checked(name: string, value: string, pattern: RegExp, rule: string): string {
  if (!pattern.test(value)) {
    throw new Error(`${name} "${value}" is not valid: ${rule}.`);
  }
  return value;
}

export const projectId = checked(
  'SANITY_STUDIO_PROJECT_ID',
  read(() => process.env.SANITY_STUDIO_PROJECT_ID) ?? 'local0000',
  /^[a-z0-9-]+$/,
  'use lowercase letters a-z, digits and dashes',
);

export const dataset = checked(
  'SANITY_STUDIO_DATASET',
  read(() => process.env.SANITY_STUDIO_DATASET) ?? 'production',
  /^[a-z0-9][a-z0-9_-]{0,63}$/,
  'use at most 64 lowercase letters, digits, "_" or "-", starting with a letter or digit',
);

/** Pinned API version for the Studio's own queries (validation look-ups, Vision). */
export const apiVersion = '2025-10-15';
