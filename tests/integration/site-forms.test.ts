import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';
import { stackMail, waitForMail } from '../support/mail';

/**
 * The site without JavaScript, as plain HTTP: the events page and its month filter (a GET form), event
 * states in the page, and forms that answer in one round, redirect when done and show option labels.
 * Dates come from the running stack's content, never from today's date.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';

interface EventCard {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  mode: string;
  state: string;
}

const upcoming = async (lang = 'sv'): Promise<EventCard[]> =>
  (await stack.request(`/content/events?lang=${lang}`)).json() as Promise<EventCard[]>;
const helsinkiMonth = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .slice(0, 7);
/** The slugs the event cards of a section link to (between its h2 and the next): the page language's. */
function cardIds(html: string, sectionId: string) {
  const start = html.indexOf(`id="${sectionId}"`);
  const end = html.indexOf('<h2', start + 1);
  const section = html.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/href="\/\w\w\/events\/([\w.-]+)"/g)].map((m) => m[1]);
}

/** A GET of the form page, giving the CSRF cookie and the token of its forms. */
async function formSession(path: string) {
  const response = await stack.request(path);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
  return { cookie, token };
}
const post = (path: string, fields: [string, string][], cookie: string) =>
  stack.request(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams(fields).toString(),
  });
const summaryOf = (html: string) =>
  [
    ...(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '').matchAll(
      /<li><a href="#([^"]+)"[^>]*>([^<]*)/g,
    ),
  ].map((m) => [m[1], m[2]]);

describe('the events page', () => {
  it('lists the coming events soonest first with their state, and past events apart', async () => {
    // Prepare
    const events = await upcoming();
    // Act
    const response = await stack.request('/sv/events');
    const html = await response.text();
    // Assess
    expect(response.status).toBe(200);
    expect(events.length).toBeGreaterThan(0);
    expect(cardIds(html, 'upcoming')).toEqual(events.map((e) => e.slug));
    expect(cardIds(html, 'past')).toEqual([
      'planeringsmote-2-verksamhetsplan',
      'planeringsmote-1-identifiering-av-teman',
    ]);
    expect(html).toMatch(/<h2 id="past">Tidigare evenemang<\/h2>/);
    expect(html.match(/class="tag tag--grey">Har ägt rum</g)?.length).toBe(2);
  });

  it('filters by month with a plain GET form, so it works without JavaScript', async () => {
    // Prepare: the month of the first coming event, from the stack's own content
    const events = await upcoming('fi');
    const month = helsinkiMonth(events[0]?.startsAt ?? '');
    const inMonth = events.filter((e) => helsinkiMonth(e.startsAt) === month).map((e) => e.slug);
    // Act
    const page = await (await stack.request('/fi/events')).text();
    const filtered = await (await stack.request(`/fi/events?month=${month}`)).text();
    const nothing = await (await stack.request('/fi/events?month=1999-01')).text();
    // Assess
    expect(page).toMatch(/<form method="get" action="\/fi\/events"/);
    expect(page).toContain(`<option value="${month}">`);
    expect(cardIds(filtered, 'upcoming')).toEqual(inMonth);
    expect(inMonth.length).toBeLessThan(events.length);
    expect(filtered).toContain(`<option value="${month}" selected>`);
    expect(cardIds(nothing, 'upcoming')).toEqual([]);
    expect(nothing).toContain('Valintaa vastaavia tulevia tapahtumia ei ole.');
  });

  it('filters by format', async () => {
    // Prepare
    const online = (await upcoming('en')).filter((e) => e.mode === 'online').map((e) => e.slug);
    // Act
    const html = await (await stack.request('/en/events?format=online')).text();
    // Assess
    expect(cardIds(html, 'upcoming')).toEqual(online);
  });

  it('says a past event has taken place and offers no form, nor asks dietary needs online', async () => {
    // Act
    const past = await (await stack.request('/sv/events/event-planeringsmote-1-2024')).text();
    const webinar = await (await stack.request('/fi/events/event-example-webinar-2027')).text();
    // Assess
    expect(past).toContain('Evenemanget har redan ägt rum.');
    expect(past).not.toContain('<form method="post"');
    expect(webinar).not.toContain('Erityisruokavalio');
  });
});

describe('forms without JavaScript', () => {
  it('answers the same address twice like a new registration: the link is sent, no error', async () => {
    // Prepare: an event taking registrations now, as the stack's content says
    const open = (await upcoming()).find((e) => e.state === 'open' || e.state === 'waitlist');
    expect(open).toBeDefined();
    // The event's page is at its slug in the page's language (an id address redirects there).
    const path = `/sv/events/${open?.slug}`;
    const { cookie, token } = await formSession(path);
    const fields: [string, string][] = [
      ['_csrf', token],
      ['name', 'Twice Tester'],
      ['email', 'twice@example.org'],
      ['consent', 'on'],
    ];
    // Act
    const first = await post(path, fields, cookie);
    const second = await post(path, fields, cookie);
    const shown = await stack.request(second.headers.get('location') ?? '');
    const html = await shown.text();
    // Assess
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe(`${path}?sent=1`);
    expect(html).toContain('role="status"');
    expect(html).toContain('Tack, vi har tagit emot din anmälan.');
    expect(html).not.toContain('error-summary');
    await waitForMail(stack.outboxDir, 'twice@example.org', 'registration-link');
  });

  it('reports every fault of an application in one round, each naming its field', async () => {
    // Prepare: a wrong Business ID and phone, a required answer missing, no consent, submitting
    const path = `/en/campaigns/${CAMPAIGN}`;
    const { cookie, token } = await formSession(path);
    // Act
    const response = await post(
      path,
      [
        ['_csrf', token],
        ['form', 'application'],
        ['company-name', 'One Round Ltd'],
        ['company-businessId', '1234567-8'],
        ['company-municipality', 'Vaasa'],
        ['contact-name', 'Ann'],
        ['contact-email', 'ann@example.org'],
        ['contact-phone', 'call me'],
        ['answer-women-in-management', 'many'],
        ['intent', 'submit'],
      ],
      cookie,
    );
    const html = await response.text();
    const summary = summaryOf(html);
    // Assess
    expect(response.status).toBe(400);
    expect(html).toMatch(/<title>Error: /);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['f-company-businessId', 'Business ID: The check digit of the Business ID does not match.'],
        ['f-contact-phone', 'Phone: Enter a phone number in digits, for example +358 40 123 4567.'],
        ['f-consent', 'Consent: Consent is required.'],
        ['f-answer-women-in-management', 'Share of women in the management team (%): Answer with a number.'],
        ['f-answer-submitted-by-self', 'Who is filling in the application?: This field is required.'],
        [
          'f-answer-summary',
          'Why should the company be the equality company of the year?: This field is required.',
        ],
      ]),
    );
    expect(html.indexOf('error-summary')).toBeLessThan(html.indexOf('<h1>'));
  });

  it('takes a web address without https://, shows option labels, and mails them in the receipt', async () => {
    // Prepare
    const path = '/sv/campaigns/exempel-arets-jamstalldhetsforetag-i-osterbotten-2027';
    const { cookie, token } = await formSession(path);
    const email = 'labels@example.org';
    // Act
    const response = await post(
      path,
      [
        ['_csrf', token],
        ['form', 'application'],
        ['company-name', 'Etiketter Ab'],
        ['company-businessId', '1474763-1'],
        ['company-municipality', 'Vasa'],
        ['company-website', 'www.etiketter.fi'],
        ['contact-name', 'Lina'],
        ['contact-email', email],
        ['answer-submitted-by', 'self'],
        ['answer-has-equality-plan', 'yes'],
        ['answer-equal-pay-measures', 'Lönekartläggning.'],
        ['answer-career-measures', 'Mentorskap.'],
        ['answer-non-discrimination-areas', 'language'],
        ['answer-non-discrimination-areas', 'age'],
        ['answer-summary', 'Vi mäter.'],
        ['consent', 'on'],
        ['intent', 'submit'],
      ],
      cookie,
    );
    // The edit link reaches the applicant only by mail.
    const editToken = await stackMail(stack).editToken(email);
    const edit = await (await stack.request(`/sv/applications/${editToken}`)).text();
    const receipt = await waitForMail(stack.outboxDir, email, 'application-receipt');
    // Assess
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${path}?applied=submitted`);
    expect(edit).toContain('value="https://www.etiketter.fi"');
    expect(edit).toMatch(/value="self" checked><label for="f-answer-submitted-by-self">Företaget självt/);
    expect(edit).not.toMatch(/>self</);
    expect(receipt.text).toContain('Företaget självt');
    expect(receipt.text).toContain('Språk, Ålder');
    expect(receipt.text).not.toMatch(/\n {2}(self|language, age)\n/);
  });

  it('asks before withdrawing an application, and withdraws only on the warning button', async () => {
    // Prepare: a draft through the API
    await (
      await stack.request(`/campaigns/${CAMPAIGN}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          company: { name: 'Ångra Ab', businessId: '2077474-0', municipality: 'Vasa' },
          contact: { name: 'Åke', email: 'withdraw@example.org' },
          answers: {},
          submit: false,
          consent: true,
        }),
      })
    ).json();
    const path = `/sv/applications/${await stackMail(stack).editToken('withdraw@example.org')}`;
    // Act
    const page = await (await stack.request(path)).text();
    const confirm = await (await stack.request(`${path}?withdraw=confirm`)).text();
    const { cookie, token } = await formSession(`${path}?withdraw=confirm`);
    const done = await post(
      path,
      [
        ['_csrf', token],
        ['form', 'withdraw'],
      ],
      cookie,
    );
    const after = await (await stack.request(done.headers.get('location') ?? '')).text();
    // Assess
    expect(page).toContain(`href="${path}?withdraw=confirm"`);
    expect(page).not.toMatch(/name="form" value="withdraw"/);
    expect(confirm).toContain('Vill du dra tillbaka ansökan?');
    expect(confirm).toMatch(/class="button button--warning"[^>]*>Ja, dra tillbaka ansökan</);
    expect(done.status).toBe(303);
    expect(after).toContain('Tillbakadragen');
  });
});
