import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readNetworkSettings } from '../../cdk/stacks/network-context';
import { synthNetwork } from './synth';

const settingsFrom = (context: Record<string, unknown>) => readNetworkSettings(new App({ context }).node);

describe('settings from CDK context', () => {
  it('has working defaults for a dev synth', () => {
    // Act
    const settings = settingsFrom({});

    // Assess
    expect(settings).toEqual({
      stage: 'dev',
      mailFrom: 'noreply@example.org',
      mailDomain: 'example.org',
      alarmEmail: undefined,
      publicBaseUrl: undefined,
      sanityProjectId: undefined,
      sanityDataset: 'production',
      allowedOrigins: [],
    });
  });

  it('derives the SES domain from the sender address unless mailDomain is given', () => {
    // Act
    const derived = settingsFrom({ mailFrom: 'Nätverket <Info@Network.Example>' });
    const explicit = settingsFrom({ mailFrom: 'info@mail.network.example', mailDomain: 'network.example' });

    // Assess
    expect(derived.mailDomain).toBe('network.example');
    expect(explicit.mailDomain).toBe('network.example');
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
    const { stack } = synthNetwork({ context: { stage: 'prod' } });

    // Assess
    expect(stack.stackName).toBe('EqualityNetwork-prod');
  });
});
