import { localIssuer } from './issuer';
import { localSettings } from './settings';

/**
 * `npm run token -- coordinator` (or `jury`, or both) prints a bearer token the local server accepts
 * for 12 hours. `--subject NAME` sets the subject (default local-<groups>).
 */
const groups: string[] = [];
let subject: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--subject') subject = args[++i];
  else groups.push(String(args[i]));
}
if (groups.length === 0 || groups.some((g) => g !== 'coordinator' && g !== 'jury')) {
  console.error('usage: npm run token -- coordinator|jury [coordinator|jury] [--subject NAME]');
  process.exit(2);
}
const issuer = localIssuer(localSettings().dataDir);
process.stdout.write(`${issuer.sign(subject ?? `local-${groups.join('-')}`, groups)}\n`);
