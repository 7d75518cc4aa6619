import { runSmokeChecks } from './checks';

/**
 * `npm run smoke -- <ApiUrl>`: checks a deployed stack from the outside (the ApiUrl stack output, or
 * http://localhost:3000 for `npm start`). Prints one line per check and exits 1 naming each failure.
 */
async function main(argv: readonly string[]): Promise<number> {
  const [baseUrl] = argv;
  if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
    console.error(
      'Usage: npm run smoke -- <ApiUrl>   (e.g. https://abc123.execute-api.eu-north-1.amazonaws.com)',
    );
    return 2;
  }
  console.log(`Smoke checks against ${baseUrl}`);
  const results = await runSmokeChecks(baseUrl);
  for (const result of results) {
    console.log(result.ok ? `  ok    ${result.name}` : `  FAIL  ${result.name}: ${result.detail}`);
  }
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) {
    console.log(`All ${results.length} checks passed.`);
    return 0;
  }
  console.error(
    `${failed.length} of ${results.length} checks failed: ${failed.map((r) => r.name).join('; ')}`,
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
