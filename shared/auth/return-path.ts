const MAX_RETURN_LENGTH = 2048;
const probe = 'https://return.invalid';

/**
 * The page to go back to after signing in, when it is a path of this site and nothing else; undefined
 * otherwise, and the caller falls back to the console's overview. Refused: anything not starting with
 * a single `/` (absolute and scheme-relative URLs, `//evil`), backslashes (browsers read `/\evil` as
 * `//evil`), whitespace and control characters (browsers drop tabs and newlines, so `/\t/evil` would
 * become `//evil` too), over-long values, and the sign-in routes themselves (no loops). The value is
 * checked again when the callback reads it back, so a planted flow cookie cannot smuggle one in.
 */
export function safeReturnPath(value: string | undefined): string | undefined {
  if (!value || value.length > MAX_RETURN_LENGTH) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\\\s\x00-\x1f\x7f]/.test(value)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(value, probe);
  } catch {
    return undefined;
  }
  if (resolved.origin !== probe) return undefined;
  if (resolved.pathname === '/auth' || resolved.pathname.startsWith('/auth/')) return undefined;
  return `${resolved.pathname}${resolved.search}`;
}
