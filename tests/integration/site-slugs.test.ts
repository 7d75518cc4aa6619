import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSettings } from '../../cdk/local/settings';
import { contentSources } from '../../shared/content/default-source';
import { reconcile } from '../../shared/content/operational-copy';
import type { HttpEvent, HttpResult } from '../../shared/http/handler';
import { csrfToken } from '../../shared/site/csrf';
import { setDefaultTable, type Table } from '../../shared/table/client';
import { httpEvent } from '../support/events';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';

/**
 * The site's page addresses, through its handler in-process on a table of its own (the seed's content
 * from the local dataset): a page is at its slug in the page's language, the old id address and another
 * language's slug answer 308 there with the query kept, forms still post and land on the slug address,
 * and the methods toolbox filters by a plain GET query string (no JavaScript involved).
 */
const WEBINAR = {
  id: 'event-example-webinar-2027',
  sv: 'exempel-webbinarium-mangfald-i-arbetslivet-2027',
  fi: 'esimerkki-webinaari-monimuotoinen-tyoelama-2027',
  en: 'example-webinar-diversity-in-working-life-2027',
};
const CAMPAIGN = {
  id: 'campaign-example-jamstalldhetsforetag-2027',
  sv: 'exempel-arets-jamstalldhetsforetag-i-osterbotten-2027',
  fi: 'esimerkki-pohjanmaan-vuoden-tasa-arvoyritys-2027',
};
const PACKAGE = {
  id: 'informationPackage-nya-fortroendevalda-2025',
  en: 'information-package-for-newly-elected-officials',
};
const METHOD = {
  id: 'method-example-rod-trad-i-styrdokumenten',
  fi: 'esimerkki-tasa-arvo-punaisena-lankana-ohjausasiakirjoissa',
};
const cookieValue = 'slugs-csrf-cookie-value-0123456789';

let table: Table;
let handler: (event: HttpEvent) => Promise<HttpResult>;
beforeAll(async () => {
  const fresh = await freshTable('slugs');
  Object.assign(process.env, {
    TABLE_NAME: fresh.name,
    DYNAMODB_ENDPOINT: fresh.endpoint,
    AWS_REGION: process.env.AWS_REGION || 'eu-north-1',
    CONTENT_DATASET: localSettings().datasetPath,
    MAIL_TRANSPORT: 'outbox',
    OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'slugs-outbox-')),
  });
  table = { name: fresh.name, doc: fresh.doc };
  setDefaultTable(table);
  // The operational copy (event and campaign windows) the forms write against.
  await reconcile(table, (await contentSources()).fresh);
  // The site's handler also takes its scheduled event (the strategy's follow-up); here only HTTP.
  handler = (await import('../../functions/site/handler')).handler as typeof handler;
});
afterAll(() => {
  setDefaultTable(undefined);
});

/** A GET or form POST of a site path (`/fi/events/x?sent=1`), as the HTTP API hands it to the function. */
function request(pathAndQuery: string, form?: Record<string, string>) {
  const [path = '', query = ''] = pathAndQuery.split('?');
  const method = form ? 'POST' : 'GET';
  const lang = path.split('/')[1] ?? 'sv';
  const event = httpEvent(`${method} /${lang}/{proxy+}`, {
    path,
    pathParameters: { proxy: path.slice(4) },
    ...(form
      ? {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            ...form,
            _csrf: csrfToken(cookieValue, process.env.EMAIL_PEPPER ?? ''),
          }).toString(),
        }
      : {}),
  });
  return handler({ ...event, rawQueryString: query, cookies: [`csrf=${cookieValue}`] } as HttpEvent);
}
const location = (result: HttpResult) => result.headers?.location;
const body = (result: HttpResult) => String(result.body ?? '');

describe('page addresses: the slug in the page language', () => {
  it('serves an event, a campaign, a package and a method at its slug in the page language', async () => {
    // Act
    const pages = await Promise.all([
      request(`/fi/events/${WEBINAR.fi}`),
      request(`/sv/campaigns/${CAMPAIGN.sv}`),
      request(`/en/information-packages/${PACKAGE.en}`),
      request(`/fi/methods/${METHOD.fi}`),
    ]);

    // Assess
    expect(pages.map((page) => page.statusCode)).toEqual([200, 200, 200, 200]);
    expect(body(pages[0] as HttpResult)).toContain('Esimerkki: Webinaari');
    expect(body(pages[0] as HttpResult)).toContain(`action="/fi/events/${WEBINAR.fi}"`);
    expect(body(pages[1] as HttpResult)).toContain(`action="/sv/campaigns/${CAMPAIGN.sv}"`);
    expect(body(pages[3] as HttpResult)).toContain('Esimerkki: Tasa-arvo punaisena lankana');
  });

  it('answers the id address with 308 to the slug of the page language, the query string kept', async () => {
    // Act
    const event = await request(`/fi/events/${WEBINAR.id}?sent=1`);
    const campaign = await request(`/sv/campaigns/${CAMPAIGN.id}?applied=draft`);
    const pkg = await request(`/en/information-packages/${PACKAGE.id}`);
    const method = await request(`/fi/methods/${METHOD.id}`);

    // Assess
    expect([event.statusCode, campaign.statusCode, pkg.statusCode, method.statusCode]).toEqual([
      308, 308, 308, 308,
    ]);
    expect(location(event)).toBe(`/fi/events/${WEBINAR.fi}?sent=1`);
    expect(location(campaign)).toBe(`/sv/campaigns/${CAMPAIGN.sv}?applied=draft`);
    expect(location(pkg)).toBe(`/en/information-packages/${PACKAGE.en}`);
    expect(location(method)).toBe(`/fi/methods/${METHOD.fi}`);
  });

  it("answers another language's slug with 308 to the page language's slug", async () => {
    // Act
    const svSlugUnderFi = await request(`/fi/events/${WEBINAR.sv}`);
    const fiSlugUnderEn = await request(`/en/events/${WEBINAR.fi}?month=2027-02`);
    const fiSlugUnderSv = await request(`/sv/campaigns/${CAMPAIGN.fi}`);

    // Assess
    expect(svSlugUnderFi.statusCode).toBe(308);
    expect(location(svSlugUnderFi)).toBe(`/fi/events/${WEBINAR.fi}`);
    expect(location(fiSlugUnderEn)).toBe(`/en/events/${WEBINAR.en}?month=2027-02`);
    expect(location(fiSlugUnderSv)).toBe(`/sv/campaigns/${CAMPAIGN.sv}`);
  });

  it('answers an unknown slug with 404 on every kind of page', async () => {
    // Act
    const results = await Promise.all(
      ['events', 'campaigns', 'information-packages', 'methods'].map((section) =>
        request(`/sv/${section}/ingen-sadan-sida`),
      ),
    );

    // Assess
    expect(results.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
  });

  it('links lists to the slug pages of their language', async () => {
    // Act
    const events = body(await request('/fi/events'));
    const home = body(await request('/en/'));
    const methods = body(await request('/sv/methods'));

    // Assess
    expect(events).toContain(`href="/fi/events/${WEBINAR.fi}"`);
    expect(events).not.toContain(`/fi/events/${WEBINAR.id}`);
    expect(home).toContain(`href="/en/information-packages/${PACKAGE.en}"`);
    expect(home).toContain(`href="/en/methods"`);
    expect(methods).toContain('href="/sv/methods/exempel-jamstalldhet-som-en-rod-trad-i-styrdokumenten"');
  });

  it('takes a registration posted to the old id address and redirects to the slug page', async () => {
    // Prepare
    const email = 'slug-registrant@example.org';

    // Act
    const posted = await request(`/fi/events/${WEBINAR.id}`, {
      name: 'Sanna Slug',
      email,
      consent: 'on',
    });

    // Assess
    expect(posted.statusCode).toBe(303);
    expect(location(posted)).toBe(`/fi/events/${WEBINAR.fi}?sent=1`);
    const mails = await mailItemsTo(table, process.env.EMAIL_PEPPER ?? '', email);
    expect(mails.map((m) => m.template)).toEqual(['registration-confirmed']);
    // The registration's own page links back to the event at its slug (kept in the operational copy).
    const manage = body(await request(`/fi/registrations/${mails[0]?.secrets?.manageToken}`));
    expect(manage).toContain(`href="/fi/events/${WEBINAR.fi}"`);
  });

  it('takes an application posted to the slug address and redirects back to it', async () => {
    // Act
    const posted = await request(`/fi/campaigns/${CAMPAIGN.fi}`, {
      form: 'application',
      intent: 'draft',
      'company-name': 'Slugi Oy',
      'company-businessId': '1572860-0',
      'company-municipality': 'organization-vasa',
      'contact-name': 'Sanna Slug',
      'contact-email': 'slug-applicant@example.org',
      consent: 'on',
    });

    // Assess
    expect(posted.statusCode).toBe(303);
    expect(location(posted)).toBe(`/fi/campaigns/${CAMPAIGN.fi}?applied=draft`);
  });
});

describe('the methods toolbox: filters in the query string, no JavaScript', () => {
  const titles = (page: string) =>
    [...page.matchAll(/<h3><a href="\/\w\w\/methods\/[^"]+">([^<]+)<\/a><\/h3>/g)].map((m) => m[1]);

  it('lists all four methods, unfiltered, with the number shown', async () => {
    // Act
    const page = body(await request('/sv/methods'));

    // Assess
    expect(titles(page)).toHaveLength(4);
    expect(page).toContain('<h2 id="results">4 metoder</h2>');
    expect(page).not.toContain('Rensa filtren');
  });

  it('shows the methods of any chosen focus area, keeps the boxes checked and offers to clear them', async () => {
    // Act
    const one = body(await request('/sv/methods?focusArea=mangfald-i-arbetsliv-och-utbildning'));
    const two = body(
      await request(
        '/sv/methods?focusArea=mangfald-i-arbetsliv-och-utbildning&focusArea=organisationer-och-foreningar',
      ),
    );

    // Assess
    expect(titles(one)).toEqual(['Exempel: Ett jämställdhetsvykort till nyblivna föräldrar']);
    expect(one).toContain('<h2 id="results">1 metod</h2>');
    expect(one).toMatch(/value="mangfald-i-arbetsliv-och-utbildning" checked/);
    expect(one).not.toMatch(/value="organisationer-och-foreningar" checked/);
    expect(one).toContain('<a href="/sv/methods">Rensa filtren</a>');
    expect(titles(two)).toHaveLength(3);
    expect(two).toMatch(/value="organisationer-och-foreningar" checked/);
  });

  it('narrows by target group too, keeps it selected, and says when nothing matches', async () => {
    // Prepare
    const group = encodeURIComponent('Kunnat ja hyvinvointialue');

    // Act
    const byGroup = body(await request(`/fi/methods?targetGroup=${group}`));
    const none = body(
      await request(`/fi/methods?targetGroup=${group}&focusArea=mangfald-i-arbetsliv-och-utbildning`),
    );

    // Assess
    expect(titles(byGroup)).toEqual(['Esimerkki: Kunnan oma tasa-arvoverkosto']);
    expect(byGroup).toContain('<option value="Kunnat ja hyvinvointialue" selected>');
    expect(byGroup).toContain('<h2 id="results">1 menetelmä</h2>');
    expect(titles(none)).toEqual([]);
    expect(none).toContain('Valintoihin sopivia menetelmiä ei löytynyt.');
  });

  it('ignores values no method has (a stale link), listing everything', async () => {
    // Act
    const page = body(await request('/en/methods?focusArea=no-such-area&targetGroup=Nobody'));

    // Assess
    expect(titles(page)).toHaveLength(4);
    expect(page).not.toContain(' checked');
  });
});
