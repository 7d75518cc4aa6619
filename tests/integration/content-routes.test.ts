import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentRoutes } from '../../functions/content/routes';
import type { RouteSpec } from '../../shared/http/route';
import { problemSchema } from '../../shared/http/schemas';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { isOpenAt, servedDocument } from '../support/seed-content';

/**
 * The public content routes through HTTP on the local stack, which loads the seed dataset
 * (sanity/seed/dataset.ndjson) and syncs its operational copy before serving. Every body is checked
 * against the route's own response schema; live figures (seats left, open or not) come from the table.
 */

let stack: TestStack;
let seedEvents: SeedEvent[];
beforeAll(async () => {
  stack = await startTestStack();
  seedEvents = await Promise.all(
    exampleEvents.map(async (event) => {
      const doc = await servedDocument(event.id);
      return {
        ...event,
        startsAt: String(doc.startsAt),
        endsAt: String(doc.endsAt),
        opensAt: String(doc.registrationOpensAt),
        closesAt: String(doc.registrationClosesAt),
      };
    }),
  );
});
afterAll(async () => {
  await stack?.stop();
});

interface Reply {
  status: number;
  contentType: string | null;
  contentLanguage: string | null;
  body: any;
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await stack.request(path, { headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    contentLanguage: response.headers.get('content-language'),
    body: await response.json(),
  };
}

/** GET a content route, expect 200, and check the body against the route's response schema. */
async function read(route: RouteSpec, path: string, headers: Record<string, string> = {}) {
  const reply = await get(path, headers);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.contentType).toMatch(/^application\/json/);
  const schema = route.responses[200]?.schema;
  if (!schema) throw new Error(`${route.path} documents no 200 body`);
  const parsed = schema.safeParse(reply.body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return reply;
}

/**
 * The seed's example events, soonest first. Their dates are those the stack serves: the local dataset
 * source moves the examples to the current week, so the webinar and the seminar always take
 * registrations and the network meeting's registration has not opened yet, whatever the date.
 */
const exampleEvents = [
  {
    id: 'event-example-webinar-2027',
    sv: 'Exempel: Webbinarium – Med sikte på mångfald i arbetslivet',
    fi: 'Esimerkki: Webinaari – Tähtäimessä monimuotoinen työelämä',
    en: 'Example: Webinar – Aiming for diversity in working life',
    capacity: 25,
    waitlist: true,
    open: true,
  },
  {
    id: 'event-example-seminar-2027',
    sv: 'Exempel: Seminarium för kommunerna och välfärdsområdet',
    fi: 'Esimerkki: Seminaari kunnille ja hyvinvointialueelle',
    en: 'Example: Seminar for the municipalities and the welfare area',
    capacity: 80,
    waitlist: false,
    open: true,
  },
  {
    id: 'event-example-network-meeting-2027',
    sv: 'Exempel: Nätverksträff för organisationer och föreningar',
    fi: 'Esimerkki: Verkostotapaaminen järjestöille ja yhdistyksille',
    en: 'Example: Network meeting for organisations and associations',
    capacity: 30,
    waitlist: true,
    open: false,
  },
];
type SeedEvent = (typeof exampleEvents)[number] & {
  startsAt: string;
  endsAt: string;
  opensAt: string;
  closesAt: string;
};

type Lang = 'sv' | 'fi' | 'en';
const titles = (body: any[]) =>
  body.filter((event) => event.isExample).map((event) => [event.id, event.title]);
const expectedTitles = (lang: Lang) => seedEvents.map((event) => [event.id, event[lang]]);

describe('GET /content/events', () => {
  it('lists the 2027 example events soonest first, in Swedish by default', async () => {
    // Act
    const { body, contentLanguage } = await read(contentRoutes.events, '/content/events');

    // Assess
    expect(contentLanguage).toBe('sv');
    expect(seedEvents.map((event) => isOpenAt(Date.now(), event.opensAt, event.closesAt))).toEqual(
      exampleEvents.map((event) => event.open),
    );
    expect(titles(body)).toEqual(expectedTitles('sv'));
    const starts = body.map((event: any) => event.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(body.filter((event: any) => !event.isExample)).toEqual([]);
    expect(body[0]).toMatchObject({
      id: seedEvents[0]?.id,
      startsAt: seedEvents[0]?.startsAt,
      endsAt: seedEvents[0]?.endsAt,
    });
  });

  it.each([
    ['?lang=fi', 'fi', {}],
    ['Accept-Language: fi-FI', 'fi', { 'accept-language': 'fi-FI,fi;q=0.9,sv;q=0.5' }],
    ['?lang=en', 'en', {}],
    ['Accept-Language: en-GB', 'en', { 'accept-language': 'en-GB,en;q=0.9' }],
    ['?lang=sv over Accept-Language: en', 'sv', { 'accept-language': 'en' }],
    ['an Accept-Language it does not speak (de)', 'sv', { 'accept-language': 'de-DE,de;q=0.9' }],
  ] as const)('localises the titles for %s', async (how, lang, headers) => {
    // Prepare
    const query = how.startsWith('?') ? how.split(' ')[0] : '';

    // Act
    const { body, contentLanguage } = await read(contentRoutes.events, `/content/events${query}`, headers);

    // Assess
    expect(contentLanguage).toBe(lang);
    expect(titles(body)).toEqual(expectedTitles(lang));
  });

  it('gives places in the language asked and leaves them out for online events', async () => {
    // Act
    const sv = await read(contentRoutes.events, '/content/events?lang=sv');
    const fi = await read(contentRoutes.events, '/content/events?lang=fi');

    // Assess
    const place = (body: any[], id: string) => body.find((event) => event.id === id)?.place;
    expect(place(sv.body, 'event-example-webinar-2027')).toBeUndefined();
    expect('place' in (sv.body.find((e: any) => e.id === 'event-example-webinar-2027') ?? {})).toBe(false);
    expect(place(sv.body, 'event-example-seminar-2027')).toBe('Vasa (lokalen meddelas senare)');
    expect(place(fi.body, 'event-example-seminar-2027')).toBe('Vaasa (paikka ilmoitetaan myöhemmin)');
  });

  it('takes capacity, seats left and whether registration is open from the operational copy', async () => {
    // Act
    const { body } = await read(contentRoutes.events, '/content/events');

    // Assess
    expect(
      body.map((event: any) => [
        event.id,
        event.capacity,
        event.seatsLeft,
        event.waitlist,
        event.registrationOpen,
      ]),
    ).toEqual(
      seedEvents.map((event) => [event.id, event.capacity, event.capacity, event.waitlist, event.open]),
    );
  });

  it('counts a registration: seats left drops by one in the list and in the event', async () => {
    // Prepare
    const id = 'event-example-webinar-2027';
    const seatsLeft = async () => ({
      list: (await read(contentRoutes.events, '/content/events')).body.find((e: any) => e.id === id)
        ?.seatsLeft,
      detail: (await read(contentRoutes.event, `/content/events/${id}`)).body.seatsLeft,
    });
    const before = await seatsLeft();

    // Act
    const registration = await stack.request(`/events/${id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Anna Andersson',
        email: 'anna.andersson@example.org',
        language: 'sv',
        consent: true,
      }),
    });

    // Assess
    expect(registration.status, await registration.clone().text()).toBe(202);
    expect(((await registration.json()) as { status: string }).status).toBe('received');
    expect(before).toEqual({ list: 25, detail: 25 });
    expect(await seatsLeft()).toEqual({ list: 24, detail: 24 });
  });

  it('closes registration when the operational copy closes it, whatever the content says', async () => {
    // Prepare: the registration window in the table ends, Sanity's document stays as it is
    const id = 'event-example-seminar-2027';
    const doc = createDocumentClient(stack.dynamoEndpoint);
    await doc.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: keys.eventMeta(id),
        UpdateExpression: 'SET closesAtMs = :past',
        ExpressionAttributeValues: { ':past': Date.now() - 1000 },
      }),
    );
    doc.destroy();

    // Act
    const list = await read(contentRoutes.events, '/content/events');
    const detail = await read(contentRoutes.event, `/content/events/${id}`);

    // Assess
    expect(list.body.find((e: any) => e.id === id)?.registrationOpen).toBe(false);
    expect(detail.body).toMatchObject({
      registrationOpen: false,
      registrationClosesAt: (await servedDocument(id)).registrationClosesAt,
    });
  });
});

describe('GET /content/events/{id}', () => {
  it('gives the event with its description, window and focus area, localised', async () => {
    // Prepare
    const served = await servedDocument('event-example-webinar-2027');

    // Act
    const sv = await read(contentRoutes.event, '/content/events/event-example-webinar-2027');
    const en = await read(contentRoutes.event, '/content/events/event-example-webinar-2027?lang=en');

    // Assess
    expect(sv.body).toMatchObject({
      id: 'event-example-webinar-2027',
      slug: 'exempel-webbinarium-mangfald-i-arbetslivet-2027',
      title: 'Exempel: Webbinarium – Med sikte på mångfald i arbetslivet',
      kind: 'webinar',
      mode: 'online',
      onlineUrl: 'https://meet.example.org/webbinarium-2027',
      capacity: 25,
      waitlist: true,
      registrationOpensAt: served.registrationOpensAt,
      registrationClosesAt: served.registrationClosesAt,
      focusArea: {
        id: 'focusArea-mangfald-i-arbetsliv-och-utbildning',
        title: 'Mångfald i arbetsliv och utbildning',
      },
    });
    expect(sv.body.description).toMatch(/^Exempelevenemang för att pröva anmälan/);
    expect(en.body.title).toBe('Example: Webinar – Aiming for diversity in working life');
    expect(en.body.description).toMatch(/^An example event to try registration/);
  });
});

describe('GET /content/campaigns/{id}', () => {
  it('gives the campaign with its weighted criteria and its questions, localised', async () => {
    // Prepare
    const served = await servedDocument('campaign-example-jamstalldhetsforetag-2027');

    // Act
    const sv = await read(
      contentRoutes.campaign,
      '/content/campaigns/campaign-example-jamstalldhetsforetag-2027',
    );
    const fi = await read(
      contentRoutes.campaign,
      '/content/campaigns/campaign-example-jamstalldhetsforetag-2027?lang=fi',
    );

    // Assess
    expect(sv.body).toMatchObject({
      id: 'campaign-example-jamstalldhetsforetag-2027',
      title: 'Exempel: Årets jämställdhetsföretag i Österbotten 2027',
      year: 2027,
      opensAt: served.opensAt,
      closesAt: served.closesAt,
      open: true,
      isExample: true,
    });
    expect(sv.body.criteria.map((c: any) => [c.key, c.label, c.weight])).toEqual([
      ['equal-pay', 'Lika lön', 3],
      ['careers', 'Rekrytering och karriärutveckling', 2],
      ['work-life-balance', 'Arbete och privatliv', 2],
      ['non-discrimination', expect.any(String), 2],
      ['equality-plan', expect.any(String), 1],
    ]);
    expect(fi.body.criteria[0]).toMatchObject({ key: 'equal-pay', label: 'Samapalkkaisuus' });
    expect(sv.body.questions.map((q: any) => q.key)).toEqual([
      'submitted-by',
      'has-equality-plan',
      'equal-pay-measures',
      'career-measures',
      'women-in-management',
      'work-life-measures',
      'non-discrimination-areas',
      'summary',
      'more-information',
    ]);
    expect(sv.body.questions[0]).toMatchObject({ type: 'singleChoice', required: true, criterion: null });
    expect(sv.body.questions[0].options.map((o: any) => o.value)).toEqual(['self', 'employee', 'partner']);
    expect(sv.body.questions[0].options.every((o: any) => typeof o.label === 'string')).toBe(true);
    expect(sv.body.questions.find((q: any) => q.key === 'equal-pay-measures')).toMatchObject({
      type: 'longText',
      maxLength: 2000,
      criterion: 'equal-pay',
      options: [],
    });
  });
});

describe('GET /content/nomination-rounds/{id}', () => {
  const path = '/content/nomination-rounds/nominationRound-example-2027';
  const names = (body: any) => body.organizations.map((o: any) => o.name);

  it('gives instructions, deadline, seats, term and the organisations asked', async () => {
    // Prepare
    const served = await servedDocument('nominationRound-example-2027');

    // Act
    const { body } = await read(contentRoutes.nominationRound, path);

    // Assess
    expect(body).toMatchObject({
      id: 'nominationRound-example-2027',
      deadline: served.deadline,
      open: true,
      seats: { members: 1, deputies: 1 },
      askBothGenders: true,
      isExample: true,
    });
    const term = served.term as { start: string; end: string };
    expect(body.term).toEqual({ start: term.start, end: term.end });
    expect(Date.parse(term.start)).toBeGreaterThan(Date.parse(body.deadline));
    expect(body.organizations).toHaveLength(15);
    expect(body.organizations.find((o: any) => o.id === 'organization-vasa')).toEqual({
      id: 'organization-vasa',
      name: 'Vasa',
      kind: 'municipality',
    });
  });

  it('sorts the organisations in Swedish order: å, ä and ö after z', async () => {
    // Act
    const { body } = await read(contentRoutes.nominationRound, `${path}?lang=sv`);

    // Assess
    expect(names(body)).toEqual([
      'Jakobstad',
      'Kaskö',
      'Korsholm',
      'Korsnäs',
      'Kristinestad',
      'Kronoby',
      'Laihela',
      'Larsmo',
      'Malax',
      'Nykarleby',
      'Närpes',
      'Pedersöre',
      'Vasa',
      'Vörå',
      'Österbottens välfärdsområde',
    ]);
  });

  it('gives Finnish names in Finnish order', async () => {
    // Act
    const { body } = await read(contentRoutes.nominationRound, path, { 'accept-language': 'fi' });

    // Assess
    expect(names(body)).toEqual([
      'Kaskinen',
      'Korsnäs',
      'Kristiinankaupunki',
      'Kruunupyy',
      'Laihia',
      'Luoto',
      'Maalahti',
      'Mustasaari',
      'Närpiö',
      'Pedersöre',
      'Pietarsaari',
      'Pohjanmaan hyvinvointialue',
      'Uusikaarlepyy',
      'Vaasa',
      'Vöyri',
    ]);
  });

  it('falls back to the Swedish names in English, sorted as English sorts them (ä with a)', async () => {
    // Act
    const { body } = await read(contentRoutes.nominationRound, `${path}?lang=en`);

    // Assess
    expect(names(body)).toEqual([
      'Jakobstad',
      'Kaskö',
      'Korsholm',
      'Korsnäs',
      'Kristinestad',
      'Kronoby',
      'Laihela',
      'Larsmo',
      'Malax',
      'Närpes',
      'Nykarleby',
      'Ostrobothnia Wellbeing Services County',
      'Pedersöre',
      'Vasa',
      'Vörå',
    ]);
    expect(body.title).toBe(
      'Example: Members of the network of the municipalities and the welfare area 2027–2028',
    );
  });
});

describe('GET /content/information-packages', () => {
  it('lists the packages in the language asked', async () => {
    // Act
    const sv = await read(contentRoutes.informationPackages, '/content/information-packages');
    const fi = await read(contentRoutes.informationPackages, '/content/information-packages?lang=fi');

    // Assess
    expect(sv.body).toEqual([
      {
        id: 'informationPackage-nya-fortroendevalda-2025',
        slug: 'informationspaket-for-nya-fortroendevalda',
        title: 'Informationspaket för nya förtroendevalda',
        audience: 'Nya förtroendevalda i kommunerna och välfärdsområdet i Österbotten',
        summary: expect.stringMatching(/^Efter kommunalvalet 2025/),
      },
    ]);
    expect(fi.body[0].title).toBe('Tietopaketti uusille luottamushenkilöille');
  });

  it('gives one package with its sections and its eOppiva courses', async () => {
    // Act
    const sv = await read(
      contentRoutes.informationPackage,
      '/content/information-packages/informationPackage-nya-fortroendevalda-2025',
    );
    const fi = await read(
      contentRoutes.informationPackage,
      '/content/information-packages/informationPackage-nya-fortroendevalda-2025?lang=fi',
    );

    // Assess
    expect(sv.body.sections).toHaveLength(3);
    expect(sv.body.sections.every((s: any) => s.heading && s.body)).toBe(true);
    expect(sv.body.resources).toEqual([
      {
        title: 'Så skapas en jämlik kommun',
        url: 'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
        provider: 'eOppiva',
        language: 'sv',
        format: 'course',
      },
      {
        title: 'Jämställdhet och likabehandling – hur och varför?',
        url: 'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
        provider: 'eOppiva',
        language: 'sv',
        format: 'course',
      },
    ]);
    expect(fi.body.resources[0].title).toBe('Så skapas en jämlik kommun (ruotsinkielinen verkkokurssi)');
    expect(sv.body.relatedEvent).toBeNull();
  });
});

describe('GET /content/activity-plan', () => {
  it('gives the three focus areas with 6, 7 and 4 actions in plan order, localised', async () => {
    // Act
    const sv = await read(contentRoutes.activityPlan, '/content/activity-plan');
    const fi = await read(contentRoutes.activityPlan, '/content/activity-plan?lang=fi');
    const en = await read(contentRoutes.activityPlan, '/content/activity-plan?lang=en');

    // Assess
    expect(sv.body.map((area: any) => [area.id, area.actions.length])).toEqual([
      ['focusArea-mangfald-i-arbetsliv-och-utbildning', 6],
      ['focusArea-kommunerna-och-valfardsomradet', 7],
      ['focusArea-organisationer-och-foreningar', 4],
    ]);
    expect(sv.body[0].title).toBe('Mångfald i arbetsliv och utbildning');
    const action = (body: any) => body[1].actions.find((a: any) => a.id === 'action-medlemmar-augusti-2024');
    expect(action(sv.body)).toMatchObject({
      status: 'done',
      period: { start: '2024-08-01', end: '2024-08-31' },
      coordinator: 'Österbottens förbund',
    });
    expect(action(sv.body).period).toEqual({ start: '2024-08-01', end: '2024-08-31' });
    expect(action(fi.body).coordinator).toBe('Pohjanmaan liitto');
    expect(action(en.body).coordinator).toBe('Regional Council of Ostrobothnia');
    const yearly = sv.body[0].actions.find((a: any) => a.id === 'action-arets-jamstalldhetsforetag-2025');
    expect(yearly.relatedCampaigns).toEqual([
      { id: 'campaign-jamstalldhetsforetag-2025', title: 'Årets jämställdhetsföretag i Österbotten 2025' },
    ]);
  });
});

describe('unknown content', () => {
  it.each([
    '/content/events/event-does-not-exist',
    '/content/campaigns/campaign-does-not-exist',
    '/content/nomination-rounds/nominationRound-does-not-exist',
    '/content/information-packages/informationPackage-does-not-exist',
    // An id of another type is not found either.
    '/content/campaigns/event-example-webinar-2027',
  ])('%s → 404 problem+json', async (path) => {
    // Act
    const reply = await get(`${path}?lang=en`);

    // Assess
    expect(reply.status).toBe(404);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.contentLanguage).toBe('en');
    expect(problemSchema.safeParse(reply.body).success).toBe(true);
    expect(reply.body.status).toBe(404);
  });
});
