import { type BundlingOptions, LogLevel, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { esbuildOptions } from '../bundling';

const outputFormats = { esm: OutputFormat.ESM, cjs: OutputFormat.CJS } as const;

/**
 * NodejsFunction bundling derived from cdk/bundling.ts, the esbuild settings the bench measures, so what
 * is deployed is what was measured: ESM, minified, linked source maps, node22 target, the AWS SDK
 * bundled (no externals) and a real `require` for the CommonJS parts of the SDK.
 */
export function functionBundling(): BundlingOptions {
  return {
    format: outputFormats[esbuildOptions.format],
    minify: esbuildOptions.minify,
    sourceMap: esbuildOptions.sourcemap,
    sourceMapMode: SourceMapMode.DEFAULT,
    target: esbuildOptions.target,
    mainFields: [...esbuildOptions.mainFields],
    banner: esbuildOptions.banner.js,
    define: { ...esbuildOptions.define },
    externalModules: [...esbuildOptions.external],
    bundleAwsSDK: true,
    esbuildArgs: { '--legal-comments': esbuildOptions.legalComments },
    logLevel: LogLevel.WARNING,
  };
}
