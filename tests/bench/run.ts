import '../../cdk/local/quiet-sdk';
import { resolve } from 'node:path';
import { projectRoot } from '../../cdk/local/settings';
import { measureBundles } from './bundles';
import { measureHealth } from './health-latency';
import { measureRegistrations } from './registrations';
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

const reg = await measureRegistrations();
const row = (name: string, s: { p50: number; p99: number; mean: number }) =>
  `| ${name} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} | ${(s.mean / reg.raw.mean).toFixed(2)}× |`;
const registrations = `
## Event registrations

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, DynamoDB Local in memory.

${reg.runs} rounds after 20 warm-up ones; each round runs the four paths back to back, so drift and
GC hit them alike. "Raw" sends a TransactWriteItems with exactly the items the use case wrote (captured from
it), so the ratio is what the platform adds on top of the one transaction it must make. Raw and the
use case share one client carrying the request-counting middleware; the handler and the server use
the function's own client without it, which is why they can come out under 1×.

| path | p50 | p99 | mean | × raw (mean) |
|---|---:|---:|---:|---:|
${row('raw TransactWriteItems, same items', reg.raw)}
${row('register() use case, in-process', reg.useCase)}
${row('registrations handler, in-process (validation, JSON)', reg.handler)}
${row('through the local server (HTTP, API Gateway event)', reg.server)}

DynamoDB requests per confirmed registration: **${reg.perRegistration.requests.toFixed(2)}**; consumed
write capacity per registration, as DynamoDB Local reports it: ${reg.perRegistration.wcu.toFixed(1)}. Per cancellation (no waitlist to promote): ${reg.cancel.requests.toFixed(2)} requests,
${reg.cancel.wcu.toFixed(1)} capacity units (token and registration reads, then one transaction).

Oversubscription, 300 concurrent registrations for 25 seats with a waitlist, through the local server:
${reg.oversubscription.confirmed} confirmed, ${reg.oversubscription.waitlisted} waitlisted, ${reg.oversubscription.errors} errors;
all settled in ${(reg.oversubscription.wallMs / 1000).toFixed(2)} s (latency p50 ${ms(reg.oversubscription.latency.p50)},
p99 ${ms(reg.oversubscription.latency.p99)}). A waitlisted registration costs three requests: the
confirmed attempt that finds the event full, the atomic waitlist ticket, and the waitlist transaction.
`;
console.log(registrations);
writeSection(report, 'registrations', registrations);
console.log(`Written to ${report.replace(projectRoot + '/', '')}`);
