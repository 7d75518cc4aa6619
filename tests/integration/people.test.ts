import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, settleMail, stackMail, waitForMail } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const json = (method: string, body: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const coordinator = (path: string, method = 'GET') =>
  stack.request(path, { method, headers: { authorization: `Bearer ${stack.token('coordinator')}` } });

describe('data-subject requests', () => {
  it('erases everything about an address except nomination answers, which it keeps and explains', async () => {
    // Prepare: a seat (with needs) and someone waiting behind it, a membership, a nomination
    const email = 'erase.me@example.org';
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    await stack.request(
      `/events/${eventId}/registrations`,
      json('POST', { name: 'Eira Erase', email, language: 'sv', dietary: 'Nötallergi', consent: true }),
    );
    await stack.request(
      `/events/${eventId}/registrations`,
      json('POST', { name: 'Next', email: 'next@example.org', language: 'sv', consent: true }),
    );
    const waitingToken = await stackMail(stack).manageToken('next@example.org');
    await stack.request(
      '/network/members',
      json('POST', { name: 'Eira Erase', email, language: 'sv', consent: true }),
    );
    const roundId = await publishRound(stack, roundDocument({ askBothGenders: false }));
    await coordinator(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const request = await waitForMail(stack.outboxDir, 'vasa', 'nomination-request');
    const token = /\/nominations\/([\w-]+)/.exec(request.text)?.[1];
    await stack.request(
      `/nominations/${token}`,
      json('PUT', { nominees: [{ seat: 1, role: 'member', name: 'Eira Erase', email, language: 'sv' }] }),
    );
    await waitForMail(stack.outboxDir, email, 'membership-confirm');
    const before = await bodyOf(await coordinator(`/admin/people?email=${email}`));
    // Act
    const erased = await coordinator(`/admin/people?email=${email}&lang=en`, 'DELETE');
    const after = await bodyOf(await coordinator(`/admin/people?email=${email}`));
    // Assess
    expect(before.items.map((i: { kind: string }) => i.kind).sort()).toEqual(
      expect.arrayContaining([
        'mail',
        'member',
        'nomination',
        'registration',
        'registrationEmail',
        'registrationNeeds',
      ]),
    );
    expect(erased.status).toBe(200);
    const result = await bodyOf(erased);
    expect(result.kept).toEqual([
      expect.objectContaining({
        kind: 'nomination',
        reason:
          'Nomination answers are public records kept under the council’s retention plan (GDPR art. 17(3)(b)).',
      }),
    ]);
    expect(result.erased.map((i: { kind: string }) => i.kind)).toEqual(
      expect.arrayContaining(['registration', 'registrationNeeds', 'member', 'mail']),
    );
    expect(after.items.map((i: { kind: string }) => i.kind)).toEqual(['nomination']);
    const promoted = await waitFor(async () => {
      const view = await bodyOf(await stack.request(`/registrations/${waitingToken}`));
      return view.status === 'confirmed' && view;
    });
    expect(promoted.status).toBe('confirmed');
    await settleMail(stack);
    expect(
      (await readOutbox(stack.outboxDir)).filter(
        (m) => m.to.includes(email) && m.template === 'registration-cancelled',
      ),
    ).toEqual([]);
  });
});
