import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeader } from '../../cdk/local/server';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { isExampleAddress } from '../../shared/email/sender';
import { createDocumentClient } from '../../shared/table/client';
import { startTestStack, type TestStack } from '../support/local-stack';
import { type ParsedMail, readOutbox, waitForMail } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

/**
 * Mail as the network sends it: from the network's name in the recipient's language (settings), with
 * Reply-To the network's contact; and example content never mailed to a real organisation's address.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The seed's settings (sanity/seed/content/settings.ts), as content-sync copies them into the table. */
const networkName = {
  sv: 'Österbottens jämställdhets- och likabehandlingsnätverk',
  fi: 'Pohjanmaan tasa-arvo- ja yhdenvertaisuusverkosto',
  en: 'Ostrobothnia Equality and Non-Discrimination Network',
} as Record<string, string>;
const contactEmail = 'natverket@example.org';

const senderName = (mail: ParsedMail) =>
  decodeHeader(/^(.*)<[^>]+>$/.exec(mail.headers.from ?? '')?.[1]?.trim());

async function publish(doc: Record<string, unknown>) {
  await applyDocument({ name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) }, {
    _rev: 'r1',
    _updatedAt: new Date(Date.now() - 1000).toISOString(),
    ...doc,
  } as GovernedDocument);
}

describe('mail sender, Reply-To and example content', () => {
  it('sends an example round only to example addresses, never to a real organisation', async () => {
    // Prepare: a real organisation (its own domain) and a seed one (example.org) in one example round
    await publish({
      _id: 'organization-test-real-domain',
      _type: 'organization',
      name: [
        { _key: 'sv', language: 'sv', value: 'Laihela kommun' },
        { _key: 'fi', language: 'fi', value: 'Laihian kunta' },
      ],
      kind: 'municipality',
      majorityLanguage: 'fi',
      nominationContact: { _type: 'nominationContact', name: 'Kirjaamo', email: 'kirjaamo@laihia.fi' },
    });
    const roundId = await publishRound(
      stack,
      roundDocument({
        isExample: true,
        organizations: ['organization-test-real-domain', 'organization-vasa'],
      }),
    );
    // Act
    const response = await stack.request(`/admin/nomination-rounds/${roundId}/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const sent = await waitFor(async () =>
      (await readOutbox(stack.outboxDir)).find((m) => m.subject.includes(roundId)),
    );
    // Assess
    expect(response.status).toBe(201);
    expect(await bodyOf(response)).toEqual({
      created: 1,
      existing: 0,
      notSentExample: ['organization-test-real-domain'],
    });
    const roundMails = (await readOutbox(stack.outboxDir)).filter((m) => m.subject.includes(roundId));
    expect(roundMails.map((m) => m.to)).toEqual([sent.to]);
    expect(isExampleAddress(sent.to)).toBe(true);
    expect((await readOutbox(stack.outboxDir)).filter((m) => m.to.includes('laihia.fi'))).toEqual([]);
  });

  it('counts the seats in the request with the right plural', async () => {
    // Prepare: a round of one member and one deputy, to Finnish- and Swedish-speaking organisations
    const roundId = await publishRound(
      stack,
      roundDocument({ organizations: ['organization-laihela', 'organization-korsholm'] }),
    );
    // Act
    await stack.request(`/admin/nomination-rounds/${roundId}/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const mails = await waitFor(async () => {
      const found = (await readOutbox(stack.outboxDir)).filter((m) => m.subject.includes(roundId));
      return found.length === 2 ? found : undefined;
    });
    // Assess
    const byLanguage = Object.fromEntries(mails.map((m) => [m.language, m.text]));
    expect(byLanguage.fi).toContain('Paikat: 1 jäsen ja 1 varajäsen.');
    expect(byLanguage.fi).toContain('Vastatkaa tästä');
    expect(byLanguage.sv).toContain('Platser: 1 ledamot och 1 ersättare.');
  });

  it('sends every mail from the network’s name in the recipient’s language, with Reply-To its contact', async () => {
    // Prepare: mail of several flows and languages
    for (const lang of ['sv', 'fi', 'en']) {
      await stack.request('/network/members', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Sender Test',
          email: `sender-${lang}@example.org`,
          language: lang,
          consent: true,
        }),
      });
    }
    await stack.request('/events/event-example-seminar-2027/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Sender Test',
        email: 'sender-event@example.org',
        language: 'fi',
        consent: true,
      }),
    });
    // Act
    await waitForMail(stack.outboxDir, 'sender-en@example.org', 'membership-confirm');
    await waitForMail(stack.outboxDir, 'sender-event@example.org', 'registration-confirmed');
    const outbox = await readOutbox(stack.outboxDir);
    // Assess
    expect(new Set(outbox.map((m) => m.language))).toEqual(new Set(['sv', 'fi', 'en']));
    expect(outbox.length).toBeGreaterThan(5);
    for (const mail of outbox) {
      expect(senderName(mail), mail.template).toBe(networkName[mail.language]);
      expect(mail.headers['reply-to'], mail.template).toBe(contactEmail);
      expect(mail.headers.from).toMatch(/<noreply@example\.org>$/);
    }
  });
});
