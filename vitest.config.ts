process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { defineConfig } from 'vitest/config';

const env = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'SILENT',
  TZ: 'Europe/Helsinki',
};

/**
 * Three kinds of test, kept apart (Powertools' habit): unit (no I/O), integration (DynamoDB Local,
 * started once by the global setup on a free port and stopped on every exit path), cdk (synth).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/dynamodb-global-setup.ts'],
          env,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cdk',
          include: ['tests/cdk/**/*.test.ts'],
          env,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
