import { App } from 'aws-cdk-lib';
import { defineNetworkApp } from './network-app';

// `npx cdk synth` / `npx cdk deploy` (cdk.json). Settings come from context, e.g.
//   npx cdk deploy -c stage=prod -c mailFrom=noreply@network.example -c alarmEmail=ops@network.example \
//     -c sanityProjectId=abc123 -c allowedOrigins=https://network.example
const app = new App();
defineNetworkApp(app);
