import { App } from 'aws-cdk-lib';
import { NetworkSettingsError } from '../stacks/network-context';
import { defineNetworkApp } from './network-app';

// `npx cdk synth` / `npx cdk deploy` (cdk.json). Settings come from context, e.g.
//   npx cdk deploy -c stage=prod -c mailFrom=noreply@network.example -c alarmEmail=ops@network.example \
//     -c sanityProjectId=abc123 -c allowedOrigins=https://network.example
// (README.md, Deploy, lists them all).
const app = new App();
try {
  defineNetworkApp(app);
} catch (error) {
  if (!(error instanceof NetworkSettingsError)) throw error;
  // A settings problem is the operator's to fix: the message alone, no stack trace.
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
