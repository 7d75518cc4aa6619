import '../../cdk/local/quiet-sdk';
import { resolve } from 'node:path';
import { projectRoot } from '../../cdk/local/settings';
import { measureBundles } from './bundles';
import { measureHealth } from './health-latency';
import { machine, writeSection } from './report';

/**
 * `npm run bench`: speed and size figures, never asserted in unit tests. Prints them and writes
 * them to docs/PERFORMANCE.md with the machine and the date.
 */
const report = resolve(projectRoot, 'docs/PERFORMANCE.md');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

const { baseline, figures } = await measureBundles();
const bundleRows = [baseline, ...figures].map(
  (f) =>
    `| ${f.name} | ${kb(f.bytes)} | ${(f.bytes / baseline.bytes).toFixed(2)}× | ${ms(f.importMs)} | ${(f.importMs / baseline.importMs).toFixed(2)}× |`,
);
const health = await measureHealth();

const section = `
## Function bundles and /health

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.

Bundles built with the deployed esbuild settings (cdk/bundling.ts: ESM, minified, AWS SDK bundled,
target node22). Cold import = median of 7 fresh \`node\` processes importing the bundle, as a Lambda
init does. Ratios are to the baseline bundle holding only the DynamoDB DocumentClient, measured in the
same run.

| bundle | minified | × baseline | cold import | × baseline |
|---|---:|---:|---:|---:|
${bundleRows.join('\n')}

\`GET /health\`, ${health.requests} sequential requests after 50 warm-up ones:

| path | p50 | p99 | mean |
|---|---:|---:|---:|
| through the local server (HTTP, routing, API Gateway event) | ${ms(health.server.p50)} | ${ms(health.server.p99)} | ${ms(health.server.mean)} |
| handler called in-process | ${ms(health.direct.p50)} | ${ms(health.direct.p99)} | ${ms(health.direct.mean)} |
`;

console.log(section);
writeSection(report, 'foundation', section);
console.log(`Written to ${report.replace(projectRoot + '/', '')}`);
