import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const register = (eventId: string, body: Record<string, unknown>) =>
  stack.request(`/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'sv', consent: true, ...body }),
  });

describe('coordinator lists of registrations', () => {
  it('exports CSV that Excel opens with å/ä/ö intact and formulas neutralised', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 2 }));
    await register(eventId, {
      name: 'Örjan Åkerström',
      email: 'orjan@example.org',
      organization: 'Närpes stad',
      dietary: 'Glutenfri; laktosfri',
    });
    await register(eventId, { name: '=HYPERLINK("http://evil.example","klick")', email: 'evil@example.org' });
    await register(eventId, { name: 'Ähtäri Äijälä', email: 'ahtari@example.org' });
    // Act
    const response = await stack.request(`/admin/events/${eventId}/registrations.csv`, {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'registrationId,status,waitlistPosition,name,email,organization,municipality,language,dietary,accessibility,registeredAt,attendedAt',
    );
    expect(text).toContain('Örjan Åkerström,orjan@example.org,Närpes stad,,sv,"Glutenfri; laktosfri"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const waitlisted = lines.find((l) => l.includes('Ähtäri Äijälä'));
    expect(waitlisted).toMatch(/,waitlisted,1,/);
  });

  it('pages the list with an opaque cursor and refuses a forged one', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 300 }));
    for (let i = 0; i < 105; i++)
      await register(eventId, {
        name: `P ${i}`,
        email: `p${i}@example.org`,
        dietary: i % 2 ? 'vegan' : undefined,
      });
    const auth = { authorization: `Bearer ${stack.token('coordinator')}` };
    // Act
    const first = await bodyOf(
      await stack.request(`/admin/events/${eventId}/registrations`, { headers: auth }),
    );
    const second = await bodyOf(
      await stack.request(
        `/admin/events/${eventId}/registrations?cursor=${encodeURIComponent(first.nextCursor)}`,
        { headers: auth },
      ),
    );
    const forged = await stack.request(
      `/admin/events/${eventId}/registrations?cursor=eyJwayI6IkVWRU5UI3gifQ.AAAA`,
      { headers: auth },
    );
    const jury = await stack.request(`/admin/events/${eventId}/registrations`, {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    // Assess
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(105);
    expect(new Set(all.map((r: { registrationId: string }) => r.registrationId)).size).toBe(105);
    expect(all.filter((r: { dietary?: string }) => r.dietary === 'vegan')).toHaveLength(52);
    expect(second.nextCursor).toBeUndefined();
    expect(forged.status).toBe(400);
    expect(jury.status).toBe(403);
  });
});
