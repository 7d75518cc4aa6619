import { afterEach, describe, expect, it } from 'vitest';
import {
  config,
  localConfig,
  secretArnVariable,
  secretSetting,
  setLocalEnvironment,
} from '../../shared/config';

const touched = [
  'LOG_LEVEL',
  'PORT',
  'EMAIL_PEPPER',
  'EMAIL_PEPPER_SECRET_ARN',
  'SANITY_TOKEN',
  'SANITY_TOKEN_SECRET_ARN',
  'OUTBOX_DIR',
  'PUBLIC_BASE_URL',
  'MAIL_TRANSPORT',
];
const saved = Object.fromEntries(touched.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of touched) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('settings from the environment (shared/config.ts)', () => {
  it('reads LOG_LEVEL in either case and takes anything unknown as INFO', () => {
    // Act
    process.env.LOG_LEVEL = 'debug';
    const lower = config.logLevel;
    process.env.LOG_LEVEL = 'LOUD';
    const unknown = config.logLevel;
    delete process.env.LOG_LEVEL;
    const unset = config.logLevel;

    // Assess
    expect([lower, unknown, unset]).toEqual(['DEBUG', 'INFO', 'INFO']);
  });

  it('refuses a PORT that is not a port number, naming it', () => {
    // Act
    process.env.PORT = '31007';
    const port = localConfig.port;
    process.env.PORT = 'eighty';

    // Assess
    expect(port).toBe(31007);
    expect(() => localConfig.port).toThrow('PORT must be a port number (0–65535), not "eighty"');
  });

  it('finds a secret as a plain value first, else by its <NAME>_SECRET_ARN, else not at all', () => {
    // Prepare
    const arn = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:pepper';
    delete process.env.EMAIL_PEPPER;
    delete process.env.SANITY_TOKEN;
    delete process.env.SANITY_TOKEN_SECRET_ARN;
    process.env.EMAIL_PEPPER_SECRET_ARN = arn;

    // Act
    const byArn = secretSetting('emailPepper');
    process.env.EMAIL_PEPPER = 'plain';
    const plain = secretSetting('emailPepper');
    const missing = secretSetting('sanityToken');

    // Assess
    expect(secretArnVariable('emailPepper')).toBe('EMAIL_PEPPER_SECRET_ARN');
    expect(secretArnVariable('sanityToken')).toBe('SANITY_TOKEN_SECRET_ARN');
    expect(secretArnVariable('webhookSecret')).toBe('WEBHOOK_SECRET_SECRET_ARN');
    expect(byArn).toEqual({ arn });
    expect(plain).toEqual({ value: 'plain' });
    expect(missing).toBeUndefined();
  });

  it('gives the local handlers their settings, keeping what the caller set where asked to', () => {
    // Prepare
    process.env.EMAIL_PEPPER = 'chosen-by-the-test';
    delete process.env.PUBLIC_BASE_URL;

    // Act
    setLocalEnvironment({ outboxDir: 'test-outbox', mailTransport: 'outbox' });
    setLocalEnvironment(
      { emailPepper: 'generated', publicBaseUrl: 'http://localhost:31007/' },
      { keepExisting: true },
    );

    // Assess
    expect(config.outboxDir).toBe('test-outbox');
    expect(config.mailTransport).toBe('outbox');
    expect(secretSetting('emailPepper')).toEqual({ value: 'chosen-by-the-test' });
    expect(config.publicBaseUrl).toBe('http://localhost:31007');
  });
});
