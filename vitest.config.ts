process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const env = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'SILENT',
  TZ: 'Europe/Helsinki',
  // A fixed test pepper; the local stack keeps it (it only generates one when none is set).
  EMAIL_PEPPER: 'test-pepper-not-a-secret',
  WEBHOOK_SECRET: 'test-webhook-secret-not-a-secret',
};

/**
 * Kinds of test, kept apart (Powertools' habit): unit (no I/O), integration (DynamoDB Local,
 * started once by the global setup on a free port and stopped on every exit path), fuzz (property-based
 * tests of every route in-process, on their own DynamoDB Local), cdk (synth).
 */
export default defineConfig({
  test: {
    // At least two files at a time: most of a test's time is spent waiting on DynamoDB Local (Java),
    // a local stack or Chromium, so on two cores two workers nearly halve the run (vitest's default
    // there would be one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/dynamodb-global-setup.ts'],
          env,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Property-based tests over every route (fast-check), in-process against DynamoDB Local.
          name: 'fuzz',
          include: ['tests/fuzz/**/*.test.ts'],
          globalSetup: ['tests/support/dynamodb-global-setup.ts'],
          env,
          testTimeout: 300_000,
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
