import { afterEach, describe, expect, it } from 'vitest';
import { sanityToken } from '../../shared/content/default-source';
import type { SecretName } from '../../shared/http/manifest-types';
import {
  invalidateSecret,
  loadSecret,
  NO_SANITY_TOKEN,
  SECRET_LIFETIME_MS,
  secretCache,
} from '../../shared/secrets';

/** A secret store whose values a test changes, counting the reads it answers. */
function fakeStore(initial: Partial<Record<SecretName, string>>) {
  const values = { ...initial };
  const reads: SecretName[] = [];
  let failNext = false;
  return {
    values,
    reads,
    failOnce: () => {
      failNext = true;
    },
    load: async (name: SecretName) => {
      reads.push(name);
      if (failNext) {
        failNext = false;
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }
      const value = values[name];
      if (value === undefined) throw new Error(`Secret ${name} is not configured`);
      return value;
    },
  };
}

describe('secret cache', () => {
  it('keeps a value for its lifetime, then picks up the changed value', async () => {
    // Prepare
    let now = 1_000_000;
    const store = fakeStore({ webhookSecret: 'first' });
    const secrets = secretCache({ load: store.load, clock: () => now });
    const first = await secrets.get('webhookSecret');
    store.values.webhookSecret = 'rotated';

    // Act
    now += SECRET_LIFETIME_MS - 1;
    const justBefore = await secrets.get('webhookSecret');
    now += 1;
    const atLifetime = await secrets.get('webhookSecret');
    const after = await secrets.get('webhookSecret');

    // Assess
    expect(SECRET_LIFETIME_MS).toBe(5 * 60_000);
    expect(first).toBe('first');
    expect(justBefore).toBe('first');
    expect(atLifetime).toBe('rotated');
    expect(after).toBe('rotated');
    expect(store.reads).toEqual(['webhookSecret', 'webhookSecret']);
  });

  it('reads again at once after invalidate, without waiting for the lifetime', async () => {
    // Prepare
    const now = 0;
    const store = fakeStore({ sanityToken: 'old-token', emailPepper: 'pepper' });
    const secrets = secretCache({ load: store.load, clock: () => now });
    await secrets.get('sanityToken');
    await secrets.get('emailPepper');
    store.values.sanityToken = 'new-token';

    // Act
    const beforeInvalidate = await secrets.get('sanityToken');
    secrets.invalidate('sanityToken');
    const afterInvalidate = await secrets.get('sanityToken');
    const pepper = await secrets.get('emailPepper');

    // Assess
    expect(beforeInvalidate).toBe('old-token');
    expect(afterInvalidate).toBe('new-token');
    expect(pepper).toBe('pepper');
    expect(store.reads).toEqual(['sanityToken', 'emailPepper', 'sanityToken']);
  });

  it('shares one read between concurrent callers', async () => {
    // Prepare
    const store = fakeStore({ emailPepper: 'pepper' });
    const secrets = secretCache({ load: store.load, clock: () => 0 });

    // Act
    const values = await Promise.all([1, 2, 3].map(() => secrets.get('emailPepper')));

    // Assess
    expect(values).toEqual(['pepper', 'pepper', 'pepper']);
    expect(store.reads).toEqual(['emailPepper']);
  });

  it('keeps no failed read: the next caller reads again', async () => {
    // Prepare
    const store = fakeStore({ emailPepper: 'pepper' });
    const secrets = secretCache({ load: store.load, clock: () => 0 });
    store.failOnce();

    // Act
    const failed = await secrets.get('emailPepper').catch((error: Error) => error.name);
    const next = await secrets.get('emailPepper');

    // Assess
    expect(failed).toBe('ThrottlingException');
    expect(next).toBe('pepper');
    expect(store.reads).toEqual(['emailPepper', 'emailPepper']);
  });
});

describe('where secrets come from', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['SANITY_TOKEN', 'SANITY_TOKEN_SECRET_ARN', 'WEBHOOK_SECRET']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    invalidateSecret('sanityToken');
  });

  it('reads the plain value locally, and refuses a secret that is not configured (no literal stands in)', async () => {
    // Prepare
    process.env.WEBHOOK_SECRET = 'local-webhook-secret';
    const configured = await loadSecret('webhookSecret');
    delete process.env.WEBHOOK_SECRET;

    // Act
    const missing = await loadSecret('webhookSecret').catch((error: Error) => error.message);

    // Assess
    expect(configured).toBe('local-webhook-secret');
    expect(missing).toBe('Secret webhookSecret is not configured');
  });

  it(`reads the Sanity token sentinel "${NO_SANITY_TOKEN}" as no token, and a real token once it is put in`, async () => {
    // Prepare
    process.env.SANITY_TOKEN = 'no-sanity-token-set';
    const sentinel = await sanityToken.read();
    process.env.SANITY_TOKEN = 'sk-viewer-token';

    // Act
    const stillCached = await sanityToken.read();
    sanityToken.invalidate();
    const fresh = await sanityToken.read();
    delete process.env.SANITY_TOKEN;
    sanityToken.invalidate();
    const none = await sanityToken.read();

    // Assess
    expect(sentinel).toBeUndefined();
    expect(stillCached).toBeUndefined();
    expect(fresh).toBe('sk-viewer-token');
    expect(none).toBeUndefined();
  });
});
