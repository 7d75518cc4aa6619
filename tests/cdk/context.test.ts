import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { isPlaceholderDomain, readNetworkSettings } from '../../cdk/stacks/network-context';
import { synthNetwork } from './synth';

const settingsFrom = (context: Record<string, unknown>) => readNetworkSettings(new App({ context }).node);

/** Settings a real deployment could have (nothing under a domain reserved for examples or tests). */
const realProd = {
  mailFrom: 'Nätverket <noreply@network.fi>',
  mailDomain: 'network.fi',
  publicBaseUrl: 'https://network.fi',
  sanityProjectId: 'abcd1234',
  alarmEmail: 'ops@network.fi',
};

describe('settings from CDK context', () => {
  it('has working defaults for a dev synth', () => {
    // Act
    const settings = settingsFrom({});

    // Assess
    expect(settings).toEqual({
      stage: 'dev',
      mailFrom: 'noreply@dev.example.org',
      mailDomain: 'example.org',
      sesIdentity: { domain: 'dev.example.org', existing: false },
      userPoolMail: 'cognito',
      alarmEmail: undefined,
      publicBaseUrl: undefined,
      sanityProjectId: undefined,
      sanityDataset: 'production',
      allowedOrigins: [],
    });
  });

  it('derives the mail domain from the sender address unless mailDomain is given', () => {
    // Act
    const derived = settingsFrom({ mailFrom: 'Nätverket <Info@Network.Example>' });
    const explicit = settingsFrom({
      mailFrom: 'info@mail.network.example',
      mailDomain: 'Mail.Network.Example',
    });

    // Assess
    expect(derived.mailDomain).toBe('network.example');
    expect(explicit.mailDomain).toBe('mail.network.example');
    expect(explicit.mailFrom).toBe('info@dev.mail.network.example');
  });

  it('sends from the mail domain in prod and from <stage>.<mailDomain> in every other stage', () => {
    // Act
    const prod = settingsFrom({ stage: 'prod', ...realProd });
    const staging = settingsFrom({ stage: 'staging', ...realProd });
    const dev = settingsFrom({ mailFrom: 'Nätverket <noreply@network.example>' });

    // Assess
    expect(prod.sesIdentity).toEqual({ domain: 'network.fi', existing: false });
    expect(prod.mailFrom).toBe('Nätverket <noreply@network.fi>');
    expect(staging.sesIdentity).toEqual({ domain: 'staging.network.fi', existing: false });
    expect(staging.mailFrom).toBe('Nätverket <noreply@staging.network.fi>');
    expect(dev.sesIdentity.domain).toBe('dev.network.example');
    expect(dev.mailFrom).toBe('Nätverket <noreply@dev.network.example>');
  });

  it('uses an existing SES identity when told to, and refuses a sender outside the identity', () => {
    // Act
    const existing = settingsFrom({
      stage: 'staging',
      ...realProd,
      mailFrom: 'noreply@mail.network.fi',
      existingSesIdentity: 'Mail.Network.Fi',
    });
    const outside = () =>
      settingsFrom({ stage: 'prod', ...realProd, mailFrom: 'noreply@other.fi', mailDomain: 'network.fi' });
    const outsideExisting = () =>
      settingsFrom({ ...realProd, existingSesIdentity: 'mail.network.fi', mailFrom: 'noreply@network.fi' });

    // Assess
    expect(existing.sesIdentity).toEqual({ domain: 'mail.network.fi', existing: true });
    expect(existing.mailFrom).toBe('noreply@mail.network.fi');
    expect(existing.userPoolMail).toBe('ses');
    expect(outside).toThrow(/mailFrom must be an address at the SES identity network\.fi/);
    expect(outsideExisting).toThrow(/mailFrom must be an address at the SES identity mail\.network\.fi/);
  });

  it('lets the admin user pool mail through SES only once the identity is verified', () => {
    // Act
    const before = settingsFrom({ stage: 'prod', ...realProd });
    const after = settingsFrom({ stage: 'prod', ...realProd, sesIdentityVerified: 'true' });

    // Assess
    expect(before.userPoolMail).toBe('cognito');
    expect(after.userPoolMail).toBe('ses');
    expect(() => settingsFrom({ sesIdentityVerified: 'yes' })).toThrow(/sesIdentityVerified/);
  });

  it('reads allowedOrigins as a list, a comma-separated string or a JSON array string', () => {
    // Prepare
    const expected = ['https://a.example', 'https://b.example'];

    // Act
    const fromList = settingsFrom({ allowedOrigins: expected });
    const fromCsv = settingsFrom({ allowedOrigins: 'https://a.example, https://b.example' });
    const fromJson = settingsFrom({ allowedOrigins: JSON.stringify(expected) });

    // Assess
    expect(fromList.allowedOrigins).toEqual(expected);
    expect(fromCsv.allowedOrigins).toEqual(expected);
    expect(fromJson.allowedOrigins).toEqual(expected);
  });

  it('refuses values that would deploy something broken', () => {
    // Act & Assess
    expect(() => settingsFrom({ stage: 'Prod!' })).toThrow(/stage/);
    expect(() => settingsFrom({ mailFrom: 'not an address' })).toThrow(/mailFrom/);
    expect(() => settingsFrom({ publicBaseUrl: 'http://network.example' })).toThrow(/publicBaseUrl/);
    expect(() => settingsFrom({ allowedOrigins: 'https://a.example/path' })).toThrow(/allowedOrigins/);
    expect(() => settingsFrom({ alarmEmail: 'ops' })).toThrow(/alarmEmail/);
    expect(() => settingsFrom({ sanityDataset: 42 })).toThrow(/sanityDataset/);
  });

  it('names the stack after the stage', () => {
    // Act
    const { stack } = synthNetwork({ context: { stage: 'prod', ...realProd } });

    // Assess
    expect(stack.stackName).toBe('EqualityNetwork-prod');
  });
});

describe('settings of a stage other than dev', () => {
  it('names every required setting that is missing, in one message', () => {
    // Act
    const act = () => settingsFrom({ stage: 'prod' });

    // Assess
    expect(act).toThrow(
      [
        'The stage "prod" needs real values for these context settings:',
        '  - mailFrom: missing',
        '  - mailDomain: missing',
        '  - publicBaseUrl: missing',
        '  - sanityProjectId: missing',
        '  - alarmEmail: missing',
      ].join('\n'),
    );
  });

  it('names every placeholder: example domains, reserved test names, localhost, empty', () => {
    // Prepare
    const context = {
      stage: 'staging',
      mailFrom: 'Network <noreply@example.org>',
      mailDomain: 'mail.example.com',
      publicBaseUrl: 'https://localhost',
      sanityProjectId: '  ',
      alarmEmail: 'ops@network.example',
    };

    // Act
    let message = '';
    try {
      settingsFrom(context);
    } catch (error) {
      message = (error as Error).message;
    }

    // Assess
    expect(message).toContain('The stage "staging" needs real values');
    expect(message).toContain('mailFrom: "Network <noreply@example.org>" is a placeholder');
    expect(message).toContain('mailDomain: "mail.example.com" is a placeholder');
    expect(message).toContain('publicBaseUrl: "https://localhost" is a placeholder');
    expect(message).toContain('sanityProjectId: missing');
    expect(message).toContain('alarmEmail: "ops@network.example" is a placeholder');
  });

  it('accepts real values for all of them', () => {
    // Act
    const settings = settingsFrom({ stage: 'prod', ...realProd });

    // Assess
    expect(settings).toMatchObject({
      stage: 'prod',
      mailDomain: 'network.fi',
      publicBaseUrl: 'https://network.fi',
      sanityProjectId: 'abcd1234',
      alarmEmail: 'ops@network.fi',
    });
  });

  it('tells placeholder domains from real ones', () => {
    // Act
    const placeholders = [
      'example.org',
      'mail.example.com',
      'example.net',
      'network.example',
      'a.test',
      'x.invalid',
      'localhost',
      'LOCALHOST.',
      '',
    ];
    const real = ['network.fi', 'example-network.fi', 'examples.org', 'testing.fi', 'localhost.fi'];

    // Assess
    for (const domain of placeholders) expect(isPlaceholderDomain(domain), domain).toBe(true);
    for (const domain of real) expect(isPlaceholderDomain(domain), domain).toBe(false);
  });

  it('runs the stage dev on the defaults', () => {
    // Act
    const act = () => settingsFrom({ stage: 'dev', mailFrom: 'noreply@example.org' });

    // Assess
    expect(act).not.toThrow();
  });
});
