import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/table/client';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { seedRegistrations } from '../support/seed-registrations';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('registrations CSV, streamed', () => {
  it('streams 2,000 registrations chunked: BOM first, the header once, every row once, in table order', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 5_000 }));
    const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    const ids = await seedRegistrations(table, eventId, 2_000, { needsEvery: 3 });

    // Act
    const response = await stack.request(`/admin/events/${eventId}/registrations.csv`, {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'registrationId,status,waitlistPosition,name,email,organization,municipality,language,dietary,accessibility,registeredAt,attendedAt',
    );
    expect(lines.filter((l) => l.startsWith('registrationId,'))).toHaveLength(1);
    const rows = lines.slice(1);
    expect(rows).toHaveLength(2_000);
    expect(rows.map((r) => r.split(',')[0])).toEqual(ids);
    // Needs join their registration even where a Query page boundary falls between them.
    expect(rows.filter((r) => r.includes('"Vegan; ""no nuts"""'))).toHaveLength(Math.ceil(2_000 / 3));
    expect(rows.every((r) => r.split(',')[1] === 'confirmed')).toBe(true);
  });

  it('answers an unknown event with the header only', async () => {
    // Act
    const response = await stack.request('/admin/events/no-such-event/registrations.csv', {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });

    // Assess
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(
      '\uFEFFregistrationId,status,waitlistPosition,name,email,organization,municipality,language,dietary,accessibility,registeredAt,attendedAt\r\n',
    );
  });
});
