import type { BuildOptions } from 'esbuild';
import { deployedBundleExpression } from '../shared/config';

/**
 * The esbuild settings of every function bundle, used by the CDK stack (NodejsFunction) and by the
 * bench, so the sizes and import times the bench reports are those of what is deployed.
 */
export const bundleTarget = 'node22';

/** ESM output still meets CommonJS code inside the AWS SDK; give it a real `require`. */
export const esmRequireBanner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const esbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: bundleTarget,
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  // The AWS SDK is bundled (not taken from the runtime) so the version is the one tested here.
  external: [],
  banner: { js: esmRequireBanner },
  legalComments: 'none',
  // A deployed function reads content from Sanity only: the local dataset branch (groq-js over an
  // NDJSON file, shared/config.ts) is dead code in the bundle and esbuild leaves it out.
  define: { [deployedBundleExpression]: '"true"' },
} as const satisfies BuildOptions;
