import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../cdk/bundling';
import { functions } from '../../functions/manifest';
import { secretArnVariable } from '../../shared/config';
import type { FunctionSpec, SecretName } from '../../shared/http/manifest-types';
import { actionsOf, functionFor, logicalIdOf, statementsFor, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;

interface Bundle {
  /** The secrets its code can ask for: the names in its `getSecret('…')` calls. */
  secrets: SecretName[];
  /** How many calls of getSecret it holds, and how many of them name their secret literally. */
  calls: number;
  literalCalls: number;
  /** The source files it was built from. */
  inputs: string[];
}

/**
 * A function's entry bundled as it is deployed (cdk/bundling.ts: the same define, tree shaking and
 * bundled packages), only unminified so the calls keep their names. A secret derived from another (the
 * cursor key from the pepper) is read through getSecret of that one, so it counts as that one.
 */
async function bundleOf(
  entry: string,
  define: Record<string, string> = esbuildOptions.define,
): Promise<Bundle> {
  const { build } = await import('esbuild');
  const out = await build({
    ...esbuildOptions,
    define,
    entryPoints: [entry],
    minify: false,
    sourcemap: false,
    write: false,
    metafile: true,
    outdir: 'bundle',
    logLevel: 'silent',
  });
  const code = out.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => file.text)
    .join('\n');
  // esbuild renames a name that several modules declare (getSecret2): allow the suffix.
  const named = [...code.matchAll(/\bgetSecret\d*\(\s*(["'`])(\w+)\1\s*\)/g)].map(([, , name]) => name);
  return {
    secrets: [...new Set(named)].sort() as SecretName[],
    calls: [...code.matchAll(/(?<!function\s+)\bgetSecret\d*\(/g)].length,
    literalCalls: named.length,
    inputs: Object.keys(out.metafile.inputs),
  };
}

describe('every secret a function can ask for is granted and configured', () => {
  const { stack, template } = synthNetwork();
  const bundles = new Map<string, Bundle>();

  beforeAll(async () => {
    for (const [name, spec] of Object.entries(manifest)) bundles.set(name, await bundleOf(spec.entry));
  });

  const asked = (name: string) => bundles.get(name)?.secrets ?? [];
  const secretRef = (secret: SecretName) => ({ Ref: logicalIdOf(stack, stack.secrets.byName[secret]) });

  it('finds the secrets in the bundles, every getSecret call naming its secret literally', () => {
    for (const [name, spec] of Object.entries(manifest)) {
      // Act
      const bundle = bundles.get(name);

      // Assess
      expect(bundle?.literalCalls, `${name} (${spec.entry}): a getSecret call with a computed name`).toBe(
        bundle?.calls,
      );
    }
    // The pepper is asked for where the code visibly needs it (sealed mail links, cursors, CSRF).
    expect(asked('notifier')).toContain('emailPepper');
    expect(asked('registrations')).toContain('emailPepper');
    expect(asked('site')).toEqual(expect.arrayContaining(['emailPepper', 'sanityToken']));
    expect(asked('content')).toContain('sanityToken');
  });

  it('grants GetSecretValue on every secret a bundle asks for, to that function role', () => {
    for (const name of Object.keys(manifest)) {
      // Act
      const grants = statementsFor(template, name).filter((statement) =>
        actionsOf([statement]).includes('secretsmanager:GetSecretValue'),
      );
      const resources = grants
        .flatMap((statement) =>
          Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource],
        )
        .map((resource) => JSON.stringify(resource));

      // Assess
      for (const secret of asked(name))
        expect(resources, `${name} asks for ${secret}`).toContain(JSON.stringify(secretRef(secret)));
    }
  });

  it('points the <NAME>_SECRET_ARN variable shared/config.ts reads at that secret, on that function', () => {
    for (const name of Object.keys(manifest)) {
      // Act
      const variables = functionFor(template, name).resource.Properties.Environment.Variables as Record<
        string,
        unknown
      >;

      // Assess
      for (const secret of asked(name))
        expect(variables[secretArnVariable(secret)], `${name} asks for ${secret}`).toEqual(secretRef(secret));
    }
  });

  it('lists in the manifest exactly the secrets each bundle asks for, no more', () => {
    for (const [name, spec] of Object.entries(manifest)) {
      // Assess
      expect([...spec.permissions.secrets].sort(), name).toEqual(asked(name));
    }
  });

  it('leaves the local dataset reader (groq-js) out of every deployed bundle', async () => {
    // Prepare: without the bundle-time define, the content function does carry it.
    const local = await bundleOf(manifest.content?.entry ?? '', {});

    // Assess
    const localOnly = (input: string) =>
      input.endsWith('shared/content/dataset-source.ts') || input.includes('node_modules/groq-js/');
    expect(local.inputs.some(localOnly)).toBe(true);
    for (const [name, bundle] of bundles) expect(bundle.inputs.filter(localOnly), name).toEqual([]);
  });
});
