import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, localIssuer } from '../../cdk/local/issuer';
import { LOCAL_ISSUER } from '../../shared/auth/endpoints';
import { emailHash } from '../../shared/crypto';
import type { Caller } from '../../shared/http/caller';
import { erasePerson } from '../../shared/people/erase';
import { findPersonData } from '../../shared/people/person-data';
import { cancelOnBehalf } from '../../shared/registrations/cancel-on-behalf';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { settleMail, waitForMail } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { seedRegistrations } from '../support/seed-registrations';
import { StaffBrowser } from '../support/staff-session';
import { bodyOf } from '../support/wait';

/**
 * The coordinator pages of the staff console, through the local stack as a browser uses them: signed
 * in through the local provider, forms posted with their CSRF token, redirects followed.
 */
let stack: TestStack;
let table: Table;
let coordinator: StaffBrowser;
const pepper = 'test-pepper-not-a-secret';

beforeAll(async () => {
  stack = await startTestStack();
  table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
  coordinator = new StaffBrowser(stack);
  await coordinator.signIn('coordinator@example.org');
});
afterAll(async () => {
  await stack?.stop();
});

const json = (method: string, body: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const adminToken = (email?: string) =>
  email
    ? localIssuer(stack.dataDir).signClaims({
        iss: LOCAL_ISSUER,
        aud: LOCAL_AUDIENCE,
        sub: `sub-${email}`,
        email,
        'cognito:groups': ['coordinator'],
        token_use: 'id',
        iat: Math.floor(Date.now() / 1000),
        exp: Math.floor(Date.now() / 1000) + 600,
      })
    : stack.token('coordinator');
const admin = (path: string, method = 'GET', email?: string) =>
  stack.request(path, { method, headers: { authorization: `Bearer ${adminToken(email)}` } });

async function register(eventId: string, name: string, email: string, extra: Record<string, unknown> = {}) {
  const response = await stack.request(
    `/events/${eventId}/registrations`,
    json('POST', { name, email, language: 'sv', consent: true, ...extra }),
  );
  expect(response.status, `registering ${email}`).toBeLessThan(300);
}

/** The event's registrations by email, as the coordinators' admin list has them. */
async function registrationsOf(eventId: string) {
  const { items } = await bodyOf(await admin(`/admin/events/${eventId}/registrations`));
  return new Map<string, { registrationId: string; status: string }>(
    items.map((r: { email: string; registrationId: string; status: string }) => [r.email, r]),
  );
}

async function activityEntries() {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.activityPartition },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

const h1 = (html: string) => /<h1>([^<]*)/.exec(html)?.[1];

/** A page and its form's CSRF token, then the form posted with it (redirect not followed). */
async function submit(browser: StaffBrowser, pagePath: string, fields: Record<string, string> = {}) {
  const form = await browser.request(pagePath);
  const html = await form.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on ${pagePath}`);
  return browser.post(action, { _csrf: StaffBrowser.csrfOf(html), ...fields });
}

describe('the coordinator pages in sv, fi and en', () => {
  it('answers every page in each language, headed in that language', async () => {
    // Prepare: an event with a registration, so its pages have something to show.
    const eventId = await publishEvent(stack, eventDocument({ capacity: 3 }));
    await register(eventId, 'Lina Lang', 'lina.lang@example.org');
    const { registrationId } = (await registrationsOf(eventId)).get('lina.lang@example.org') ?? {};
    const paths = {
      overview: '',
      events: '/events',
      registrations: `/events/${eventId}`,
      cancel: `/events/${eventId}/registrations/${registrationId}/cancel`,
      network: '/network',
      people: '/people?email=lina.lang@example.org',
      erase: '/people/erase?email=lina.lang@example.org',
      activity: '/activity',
    };
    const expected: Record<keyof typeof paths, Record<'sv' | 'fi' | 'en', string>> = {
      overview: { sv: 'Översikt', fi: 'Yleisnäkymä', en: 'Overview' },
      events: { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
      registrations: {
        sv: 'Anmälningar: Webbinarium om mångfald',
        fi: 'Ilmoittautumiset: Webinaari monimuotoisuudesta',
        en: 'Registrations: Webinar on diversity',
      },
      cancel: { sv: 'Avboka en anmälan', fi: 'Peru ilmoittautuminen', en: 'Cancel a registration' },
      network: { sv: 'Nätverket', fi: 'Verkosto', en: 'Network' },
      people: { sv: 'Personer', fi: 'Henkilöt', en: 'People' },
      erase: { sv: 'Radera personuppgifter', fi: 'Poista henkilötiedot', en: 'Erase personal data' },
      activity: { sv: 'Aktivitetslogg', fi: 'Toimintaloki', en: 'Activity log' },
    };
    const answers: Record<string, { status: number; lang?: string; h1?: string }> = {};

    // Act
    for (const lang of ['sv', 'fi', 'en'] as const) {
      for (const [name, path] of Object.entries(paths)) {
        const response = await coordinator.request(`/${lang}/console${path}`);
        const html = await response.text();
        answers[`${lang} ${name}`] = {
          status: response.status,
          lang: /<html lang="(\w+)">/.exec(html)?.[1],
          h1: h1(html),
        };
      }
    }

    // Assess
    for (const lang of ['sv', 'fi', 'en'] as const) {
      for (const name of Object.keys(paths) as (keyof typeof paths)[]) {
        expect(answers[`${lang} ${name}`], `${lang} ${name}`).toEqual({
          status: 200,
          lang,
          h1: expected[name][lang],
        });
      }
    }
  });

  it('shows coordinators the upcoming events with their seats, open rounds and campaigns, and the members', async () => {
    // Prepare
    const eventId = await publishEvent(
      stack,
      eventDocument({
        capacity: 1,
        title: [{ _key: 'sv', language: 'sv', value: 'Överblicksträff' }],
      }),
    );
    await register(eventId, 'Olle Först', 'olle.forst@example.org');
    await register(eventId, 'Vera Väntar', 'vera.vantar@example.org');
    await publishRound(stack, roundDocument());

    // Act
    const response = await coordinator.request('/sv/console');
    const html = await response.text();
    const row = new RegExp(
      `<a href="/sv/console/events/${eventId}">Överblicksträff</a></th>\\s*<td>[^<]+</td>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>`,
    ).exec(html);
    const count = (href: string) =>
      new RegExp(`<a href="${href}">[^<]+</a></dt><dd>(\\d+)</dd>`).exec(html)?.[1];

    // Assess: capacity, confirmed, waitlisted; the seed has an open round and campaign, and this one too.
    expect(response.status).toBe(200);
    expect(row?.slice(1)).toEqual(['1', '1', '1']);
    expect(Number(count('/sv/console/nomination-rounds'))).toBeGreaterThanOrEqual(2);
    expect(Number(count('/sv/console/campaigns'))).toBeGreaterThanOrEqual(1);
    expect(count('/sv/console/network')).toMatch(/^\d+$/);
  });
});

describe('GET /admin/events and /admin/activity', () => {
  it('lists upcoming events (the next first) and past ones (the latest first) with their counts', async () => {
    // Prepare: two events ahead and two behind, relative to now.
    const DAY = 86_400_000;
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    const soonerDoc = eventDocument({ startsAt: at(20), endsAt: at(20.1), capacity: 1 });
    const later = await publishEvent(stack, eventDocument({ startsAt: at(40), endsAt: at(40.1) }));
    const sooner = await publishEvent(stack, soonerDoc);
    const longAgo = await publishEvent(stack, eventDocument({ startsAt: at(-40), endsAt: at(-39.9) }));
    const lately = await publishEvent(stack, eventDocument({ startsAt: at(-20), endsAt: at(-19.9) }));
    await register(sooner, 'Anna Ahead', 'anna.ahead@example.org');
    await register(sooner, 'Bo Behind', 'bo.behind@example.org');

    // Act
    const response = await admin('/admin/events?lang=en');
    const jury = await stack.request('/admin/events', {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    const body = await bodyOf(response);

    // Assess
    expect(response.status).toBe(200);
    expect(jury.status).toBe(403);
    const upcoming = body.upcoming.map((e: { id: string }) => e.id);
    const past = body.past.map((e: { id: string }) => e.id);
    expect(upcoming.filter((id: string) => [later, sooner].includes(id))).toEqual([sooner, later]);
    expect(past.filter((id: string) => [longAgo, lately].includes(id))).toEqual([lately, longAgo]);
    expect(body.upcoming.find((e: { id: string }) => e.id === sooner)).toEqual({
      id: sooner,
      title: 'Webinar on diversity',
      startsAt: soonerDoc.startsAt,
      endsAt: soonerDoc.endsAt,
      published: true,
      capacity: 1,
      confirmed: 1,
      waitlisted: 1,
      pending: 0,
      seatsLeft: 0,
      waitlist: true,
      registrationOpen: true,
    });
  });

  it('pages the activity log newest first with a cursor, for coordinators only', async () => {
    // Prepare: three cancellations on someone's behalf through the admin API.
    const eventId = await publishEvent(stack, eventDocument({ capacity: 5 }));
    for (const n of [1, 2, 3]) await register(eventId, `Paged ${n}`, `paged.${n}@example.org`);
    const registrations = await registrationsOf(eventId);
    for (const n of [1, 2, 3]) {
      const id = registrations.get(`paged.${n}@example.org`)?.registrationId;
      const cancelled = await admin(
        `/admin/events/${eventId}/registrations/${id}`,
        'DELETE',
        'chair@example.org',
      );
      expect(cancelled.status).toBe(200);
    }

    // Act
    const first = await bodyOf(await admin('/admin/activity'));
    const all: { action: string; target: { id: string } }[] = [...first.items];
    let cursor = first.nextCursor as string | undefined;
    while (cursor) {
      const page = await bodyOf(await admin(`/admin/activity?cursor=${encodeURIComponent(cursor)}`));
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    const jury = await stack.request('/admin/activity', {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    const forged = await admin('/admin/activity?cursor=not-a-cursor');

    // Assess: the three, the latest first, each by the JWT's email.
    const ids = [3, 2, 1].map((n) => registrations.get(`paged.${n}@example.org`)?.registrationId);
    const mine = all.filter((e) => ids.includes(e.target.id));
    expect(mine.map((e) => e.target.id)).toEqual(ids);
    expect(mine).toEqual(
      ids.map((id) =>
        expect.objectContaining({
          actor: 'chair@example.org',
          action: 'registration.cancel',
          target: { kind: 'registration', id, parent: eventId },
        }),
      ),
    );
    expect(jury.status).toBe(403);
    expect(forged.status).toBe(400);
  });

  it('cancels on behalf through DELETE: 404 for an unknown registration, 400 for a malformed id', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 5 }));

    // Act
    const unknown = await admin(
      `/admin/events/${eventId}/registrations/01J0000000000000000000000A?lang=en`,
      'DELETE',
    );
    const malformed = await admin(`/admin/events/${eventId}/registrations/REG%23x%23NEEDS`, 'DELETE');

    // Assess
    expect(unknown.status).toBe(404);
    expect((await bodyOf(unknown)).detail).toBe('There is no such registration for this event.');
    expect(malformed.status).toBe(400);
  });
});

describe('an event’s registrations', () => {
  it('finds registrations by name or email, case and accents aside, and pages through the list with its cursor', async () => {
    // Prepare: 130 registrations (more than a page) and two to find.
    const eventId = await publishEvent(stack, eventDocument({ capacity: 200 }));
    await seedRegistrations(table, eventId, 130, { pepper });
    await register(eventId, 'Åsa Öberg', 'asa.oberg@example.org');
    await register(eventId, 'Matti Niemi', 'MATTI.niemi@example.org');
    const base = `/en/console/events/${eventId}`;
    const names = (html: string) =>
      [...html.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1] ?? '');

    // Act
    const byName = await (await coordinator.request(`${base}?q=asa%20ob`)).text();
    const byEmail = await (await coordinator.request(`${base}?q=niemi%40EXAMPLE`)).text();
    const none = await (await coordinator.request(`${base}?q=nobody-like-this`)).text();
    const pages: string[][] = [];
    const links: string[] = [];
    let link: string | undefined = base;
    while (link) {
      const html = await (await coordinator.request(link)).text();
      pages.push(names(html));
      link = /<a href="([^"]+)" rel="next">/.exec(html)?.[1]?.replaceAll('&amp;', '&');
      if (link) links.push(link);
    }
    const tampered = await coordinator.request(`${base}?cursor=abc.def`);

    // Assess
    expect(names(byName)).toEqual(['Åsa Öberg']);
    expect(names(byEmail)).toEqual(['Matti Niemi']);
    expect(none).toContain('No registration matches the search.');
    const listed = pages.flat();
    expect(pages.length).toBeGreaterThan(1);
    for (const next of links) expect(next).toMatch(new RegExp(`^${base}\\?cursor=`));
    expect(listed).toHaveLength(132);
    expect(new Set(listed).size).toBe(132);
    expect(listed.slice(-2)).toEqual(['Åsa Öberg', 'Matti Niemi']);
    expect(tampered.status).toBe(400);
  });

  it('shows the waiting list in order, and downloads the registrations as CSV', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    await register(eventId, 'Första Platsen', 'forsta@example.org', { dietary: 'Vegan' });
    await register(eventId, 'Andra Iköen', 'andra@example.org');
    await register(eventId, 'Tredje Iköen', 'tredje@example.org');

    // Act
    const page = await (await coordinator.request(`/sv/console/events/${eventId}`)).text();
    const waitlist = page.slice(page.indexOf('<caption>Väntelistan i tur och ordning</caption>'));
    const csv = await coordinator.request(`/sv/console/events/${eventId}/registrations.csv`);
    const text = await csv.text();

    // Assess
    expect(
      [...waitlist.matchAll(/<td>(\d+)<\/td>\s*<th scope="row">([^<]+)</g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['1', 'Andra Iköen'],
      ['2', 'Tredje Iköen'],
    ]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="registrations-${eventId}.csv"`,
    );
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'registrationId,status,waitlistPosition,name,email,organization,municipality,language,dietary,accessibility,registeredAt,attendedAt',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 5))).toEqual([
      ['confirmed', '', 'Första Platsen', 'forsta@example.org'],
      ['waitlisted', '1', 'Andra Iköen', 'andra@example.org'],
      ['waitlisted', '2', 'Tredje Iköen', 'tredje@example.org'],
    ]);
    expect(text).toContain('Vegan');
  });

  it('cancels a registration on the person’s behalf after confirming: the first waiting gets the seat, both are mailed, the log has the entry', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    await register(eventId, 'Cecilia Seat', 'cecilia.seat@example.org');
    await register(eventId, 'Wilma Waiting', 'wilma.waiting@example.org');
    await register(eventId, 'Walter Later', 'walter.later@example.org');
    const before = await registrationsOf(eventId);
    const seat = before.get('cecilia.seat@example.org')?.registrationId;
    const confirmPath = `/en/console/events/${eventId}/registrations/${seat}/cancel`;

    // Act
    const confirmation = await (await coordinator.request(confirmPath)).text();
    const posted = await submit(coordinator, confirmPath);
    const { response: result } = await coordinator.follow(posted.headers.get('location') ?? '');
    const resultPage = await result.text();
    const after = await registrationsOf(eventId);
    const log = await (await coordinator.request('/en/console/activity')).text();

    // Assess: the step said what would happen, and changed nothing by itself.
    expect(confirmation).toContain('The seat goes to the first person on the waiting list');
    expect(confirmation).toContain('Wilma Waiting');
    expect(before.get('cecilia.seat@example.org')?.status).toBe('confirmed');
    // The post acted, then redirected to the event's page (post/redirect/get).
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/en/console/events/${eventId}?cancelled=${seat}`);
    expect(resultPage).toContain('The registration is cancelled.');
    expect(after.get('cecilia.seat@example.org')?.status).toBe('cancelled');
    expect(after.get('wilma.waiting@example.org')?.status).toBe('confirmed');
    expect(after.get('walter.later@example.org')?.status).toBe('waitlisted');
    await waitForMail(stack.outboxDir, 'wilma.waiting@example.org', 'registration-promoted');
    await waitForMail(stack.outboxDir, 'cecilia.seat@example.org', 'registration-cancelled');
    const entries = (await activityEntries()).filter((e) => e.target?.id === seat);
    expect(entries).toEqual([
      expect.objectContaining({
        actor: 'coordinator@example.org',
        action: 'registration.cancel',
        target: { kind: 'registration', id: seat, parent: eventId },
      }),
    ]);
    expect(log).toContain(seat);
    expect(log).toContain('Cancelled a registration');
    const event = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
    );
    expect(event.Item).toMatchObject({ confirmed: 1, waitlisted: 1 });
  });

  it('records nothing a second time for a registration already cancelled, and says so', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 2 }));
    await register(eventId, 'Twice Cancelled', 'twice@example.org');
    const id = (await registrationsOf(eventId)).get('twice@example.org')?.registrationId;
    const path = `/sv/console/events/${eventId}/registrations/${id}/cancel`;
    const csrf = StaffBrowser.csrfOf(await (await coordinator.request(path)).text());
    await coordinator.post(path, { _csrf: csrf });

    // Act
    const again = await coordinator.post(path, { _csrf: csrf });
    const page = await (await coordinator.request(path)).text();

    // Assess
    expect(again.status).toBe(303);
    expect(page).toContain('Anmälan är redan avbokad.');
    expect(page).not.toContain('<form method="post"');
    expect((await activityEntries()).filter((e) => e.target?.id === id)).toHaveLength(1);
  });
});

describe('people: access and erasure', () => {
  it('finds what is held about an address, and hands it over as a JSON file', async () => {
    // Prepare
    const email = 'held.person@example.org';
    const eventId = await publishEvent(stack, eventDocument({ capacity: 5 }));
    await register(eventId, 'Held Person', email, { dietary: 'Glutenfri' });
    // The confirmation is sent (its item gains `sentAt`) before the page and the API read it.
    await settleMail(stack);

    // Act
    const found = await coordinator.request(
      `/sv/console/people?email=${encodeURIComponent(' Held.Person@Example.org ')}`,
    );
    const foundPage = await found.text();
    const nothing = await (
      await coordinator.request('/sv/console/people?email=nobody.here@example.org')
    ).text();
    const invalid = await coordinator.request('/sv/console/people?email=not-an-address');
    const invalidPage = await invalid.text();
    const download = await coordinator.request(`/sv/console/people/export?email=${email}`);
    const exported = await bodyOf(download);
    const api = await bodyOf(await admin(`/admin/people?email=${email}`));

    // Assess
    expect(found.status).toBe(200);
    expect(foundPage).toContain(`Sparat om ${email}`);
    for (const kind of ['Anmälan', 'Anmälningsmarkör', 'Specialkost och tillgänglighet'])
      expect(foundPage).toContain(`<th scope="row">${kind}</th>`);
    expect(foundPage).toContain('Glutenfri');
    expect(nothing).toContain('Inget finns sparat om den här adressen.');
    expect(invalid.status).toBe(400);
    expect(invalidPage).toContain('class="error-summary"');
    expect(invalidPage).toContain('aria-invalid="true"');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="personal-data.json"');
    expect(exported).toEqual(api);
    expect(exported.items.length).toBeGreaterThanOrEqual(3);
  });

  it('erases after a confirmation that says what stays and why; the seat passes on and the log records it without the address', async () => {
    // Prepare: a seat with someone waiting behind it, a membership, and a nomination (a public record).
    const email = 'erase.console@example.org';
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    await register(eventId, 'Erik Erase', email);
    await register(eventId, 'Next Inline', 'next.inline@example.org');
    await stack.request(
      '/network/members',
      json('POST', { name: 'Erik Erase', email, language: 'sv', consent: true }),
    );
    const roundId = await publishRound(stack, roundDocument({ askBothGenders: false }));
    await admin(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const request = await waitForMail(stack.outboxDir, 'vasa', 'nomination-request');
    const token = /\/nominations\/([\w-]+)/.exec(request.text)?.[1];
    await stack.request(
      `/nominations/${token}`,
      json('PUT', { nominees: [{ seat: 1, role: 'member', name: 'Erik Erase', email, language: 'sv' }] }),
    );
    await waitForMail(stack.outboxDir, email, 'membership-confirm');
    const confirmPath = `/en/console/people/erase?email=${encodeURIComponent(email)}`;

    // Act
    const confirmation = await (await coordinator.request(confirmPath)).text();
    const heldBefore = await bodyOf(await admin(`/admin/people?email=${email}`));
    const posted = await submit(coordinator, confirmPath, { email });
    const { response: after } = await coordinator.follow(posted.headers.get('location') ?? '');
    const afterPage = await after.text();
    const heldAfter = await bodyOf(await admin(`/admin/people?email=${email}`));

    // Assess: the confirmation lists what goes, and what stays with its reason; nothing went before the post.
    expect(confirmation).toContain('<h2>Will be erased</h2>');
    expect(confirmation).toContain('<li>Registration: 1</li>');
    expect(confirmation).toContain('<li>Network membership: 1</li>');
    expect(confirmation).toContain('Active registrations are cancelled first');
    expect(confirmation).toContain('<h2>Will stay</h2>');
    expect(confirmation).toContain(
      'Nomination answers are public records kept under the council’s retention plan (GDPR art. 17(3)(b)).',
    );
    expect(heldBefore.items.map((i: { kind: string }) => i.kind)).toEqual(
      expect.arrayContaining(['registration', 'member', 'nomination']),
    );
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(
      `/en/console/people?email=${encodeURIComponent(email)}&erased=1`,
    );
    expect(afterPage).toContain('The data is erased. What stays is shown below.');
    expect(heldAfter.items.map((i: { kind: string }) => i.kind)).toEqual(['nomination']);
    expect((await registrationsOf(eventId)).get('next.inline@example.org')?.status).toBe('confirmed');
    const entries = (await activityEntries()).filter((e) => e.action === 'person.erase');
    const mine = entries.filter((e) => e.target.id === emailHash(email, pepper));
    expect(mine).toEqual([
      expect.objectContaining({
        actor: 'coordinator@example.org',
        target: { kind: 'person', id: emailHash(email, pepper) },
      }),
    ]);
    expect(JSON.stringify(mine)).not.toContain('erase.console');
  });

  it('records an erasure through DELETE /admin/people under the email of the token', async () => {
    // Prepare: someone with only a pending membership (no seat to cancel).
    const email = 'api.erase@example.org';
    await stack.request(
      '/network/members',
      json('POST', { name: 'Api Erase', email, language: 'fi', consent: true }),
    );
    await waitForMail(stack.outboxDir, email, 'membership-confirm');

    // Act
    const erased = await admin(`/admin/people?email=${email}`, 'DELETE', 'chair@example.org');
    const held = await bodyOf(await admin(`/admin/people?email=${email}`));

    // Assess
    expect(erased.status).toBe(200);
    expect(held.items).toEqual([]);
    const entries = (await activityEntries()).filter((e) => e.target?.id === emailHash(email, pepper));
    expect(entries).toEqual([
      expect.objectContaining({
        actor: 'chair@example.org',
        action: 'person.erase',
        details: { erased: expect.any(Number), kept: 0 },
      }),
    ]);
  });
});

describe('the network page', () => {
  it('lists active members with their interests and coordination wishes, and downloads them as CSV', async () => {
    // Prepare: a confirmed member who wants to coordinate a theme.
    const email = 'netta.member@example.org';
    await stack.request(
      '/network/members',
      json('POST', {
        name: 'Netta Member',
        email,
        language: 'fi',
        interests: ['focusArea-mangfald-i-arbetsliv-och-utbildning'],
        wantsToCoordinate: true,
        consent: true,
      }),
    );
    const mail = await waitForMail(stack.outboxDir, email, 'membership-confirm');
    const token = /network\/confirm\/([\w-]+)/.exec(mail.text)?.[1];
    await stack.request('/network/members/confirm', json('POST', { token }));

    // Act
    const page = await (await coordinator.request('/sv/console/network')).text();
    const csv = await coordinator.request('/sv/console/network/members.csv');
    const text = await csv.text();

    // Assess
    const row = page.slice(page.indexOf('<th scope="row">Netta Member</th>'));
    expect(row).toMatch(/^<th scope="row">Netta Member<\/th>\s*<td>netta\.member@example\.org<\/td>/);
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('<li>Mångfald i arbetsliv och utbildning</li>');
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('<td>Ja</td>');
    expect(Number(/<dd class="member-count">(\d+)<\/dd>/.exec(page)?.[1])).toBeGreaterThanOrEqual(1);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="network-members.csv"');
    expect(text).toContain('netta.member@example.org');
  });
});

describe('who may act', () => {
  it('answers a jury member 403 on every coordinator page and refuses their posts', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 2 }));
    await register(eventId, 'Jury Proof', 'jury.proof@example.org');
    const id = (await registrationsOf(eventId)).get('jury.proof@example.org')?.registrationId;
    const juror = new StaffBrowser(stack);
    const { response: overview } = await juror.signIn('jury1@example.org', '/fi/console');
    const overviewPage = await overview.text();
    const csrf = StaffBrowser.csrfOf(overviewPage);
    const pages = [
      '/events',
      `/events/${eventId}`,
      `/events/${eventId}/registrations.csv`,
      `/events/${eventId}/registrations/${id}/cancel`,
      '/network',
      '/network/members.csv',
      '/people?email=jury.proof@example.org',
      '/people/export?email=jury.proof@example.org',
      '/people/erase?email=jury.proof@example.org',
      '/activity',
    ];

    // Act
    const statuses = await Promise.all(
      pages.map(async (p) => (await juror.request(`/fi/console${p}`)).status),
    );
    const cancel = await juror.post(`/fi/console/events/${eventId}/registrations/${id}/cancel`, {
      _csrf: csrf,
    });
    const erase = await juror.post('/fi/console/people/erase', {
      _csrf: csrf,
      email: 'jury.proof@example.org',
    });

    // Assess
    expect(statuses).toEqual(pages.map(() => 403));
    expect(overviewPage).not.toContain('Läget just nu');
    expect(overviewPage).not.toContain('Tilanne nyt');
    expect(cancel.status).toBe(403);
    expect(erase.status).toBe(403);
    expect((await registrationsOf(eventId)).get('jury.proof@example.org')?.status).toBe('confirmed');
    expect((await activityEntries()).filter((e) => e.target?.id === id)).toEqual([]);
  });

  it('changes nothing for a post without its CSRF token', async () => {
    // Prepare
    const email = 'csrf.proof@example.org';
    const eventId = await publishEvent(stack, eventDocument({ capacity: 2 }));
    await register(eventId, 'Csrf Proof', email);
    const id = (await registrationsOf(eventId)).get(email)?.registrationId;
    const entriesBefore = (await activityEntries()).length;

    // Act
    const cancel = await coordinator.post(`/sv/console/events/${eventId}/registrations/${id}/cancel`, {});
    const erase = await coordinator.post('/sv/console/people/erase', { email });
    const forgedErase = await coordinator.post('/sv/console/people/erase', { email, _csrf: 'forged' });

    // Assess
    expect([cancel.status, erase.status, forgedErase.status]).toEqual([403, 403, 403]);
    expect((await registrationsOf(eventId)).get(email)?.status).toBe('confirmed');
    expect((await bodyOf(await admin(`/admin/people?email=${email}`))).items.length).toBeGreaterThan(0);
    expect((await activityEntries()).length).toBe(entriesBefore);
  });
});

describe('a staff write that fails', () => {
  const staff: Caller = { subject: 'sub-c', groups: ['coordinator'], email: 'coordinator@example.org' };

  /** The stack's table through a client whose every TransactWriteItems fails before it is sent. */
  function failingTable(): Table {
    const doc = createDocumentClient(stack.dynamoEndpoint);
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') throw new Error('simulated failure');
        return next(args);
      },
      { step: 'initialize', name: 'failTransactions' },
    );
    return { name: stack.tableName, doc };
  }

  it('leaves the registrations, the counters and the log as they were when the cancellation fails', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    await register(eventId, 'Fay Fault', 'fay.fault@example.org');
    await register(eventId, 'Will Wait', 'will.wait@example.org');
    const id = (await registrationsOf(eventId)).get('fay.fault@example.org')?.registrationId ?? '';
    const failing = failingTable();
    const deps = {
      table: failing,
      pepper,
      now: new Date(),
      meta: (e: string) => eventMetaCached(failing, e),
    };

    // Act
    const attempt = cancelOnBehalf(deps, eventId, id, staff);

    // Assess
    await expect(attempt).rejects.toThrow('simulated failure');
    const after = await registrationsOf(eventId);
    expect(after.get('fay.fault@example.org')?.status).toBe('confirmed');
    expect(after.get('will.wait@example.org')?.status).toBe('waitlisted');
    const event = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
    );
    expect(event.Item).toMatchObject({ confirmed: 1, waitlisted: 1 });
    expect((await activityEntries()).filter((e) => e.target?.id === id)).toEqual([]);
  });

  it('erases nothing and records nothing when the erasure’s first write fails, with or without a seat to cancel', async () => {
    // Prepare: one address with a seat, one with only a membership.
    const seated = 'seated.fault@example.org';
    const member = 'member.fault@example.org';
    const eventId = await publishEvent(stack, eventDocument({ capacity: 3 }));
    await register(eventId, 'Seated Fault', seated);
    await stack.request(
      '/network/members',
      json('POST', { name: 'Member Fault', email: member, language: 'sv', consent: true }),
    );
    await waitForMail(stack.outboxDir, member, 'membership-confirm');
    const before = {
      seated: await findPersonData(table, pepper, seated),
      member: await findPersonData(table, pepper, member),
    };
    const deps = { table: failingTable(), pepper, now: new Date() };

    // Act
    const attempts = await Promise.allSettled([
      erasePerson(deps, seated, 'en', staff),
      erasePerson(deps, member, 'en', staff),
    ]);

    // Assess
    expect(attempts.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(await findPersonData(table, pepper, seated)).toEqual(before.seated);
    expect(await findPersonData(table, pepper, member)).toEqual(before.member);
    expect(before.member.length).toBeGreaterThan(0);
    expect((await registrationsOf(eventId)).get(seated)?.status).toBe('confirmed');
    const hashes = [emailHash(seated, pepper), emailHash(member, pepper)];
    expect((await activityEntries()).filter((e) => hashes.includes(e.target?.id))).toEqual([]);
  });
});
