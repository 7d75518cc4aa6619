import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIssuer } from '../../cdk/local/issuer';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../shared/auth/endpoints';
import type { Table } from '../../shared/table/client';
import {
  activityEntries,
  type ConsoleUser,
  rowOf,
  signedIn,
  tableOf,
  textOf,
} from '../support/console-pages';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

const SEED_ROUND = 'nominationRound-example-2027';
const COORDINATOR = 'coordinator@example.org';

let stack: TestStack;
let table: Table;
let coordinator: ConsoleUser;
beforeAll(async () => {
  stack = await startTestStack();
  table = tableOf(stack);
  coordinator = await signedIn(stack, COORDINATOR);
});
afterAll(async () => {
  await stack?.stop();
});

const roundPage = (roundId: string, lang = 'sv') => `/${lang}/console/nomination-rounds/${roundId}`;
const entriesOf = async (action: string, roundId: string) =>
  (await activityEntries(table)).filter((e) => e.action === action && e.target.parent === roundId);
/** Mails of a round: fixture rounds carry their id in the title (so in the subject); the seed round is the rest. */
const mailsOf = async (template: string, roundId: string) =>
  (await readOutbox(stack.outboxDir)).filter(
    (m) =>
      m.template === template &&
      (roundId === SEED_ROUND ? !m.subject.includes('nominationRound-test-') : m.subject.includes(roundId)),
  );
const tokenIn = (text: string) => /\/nominations\/([\w-]+)/.exec(text)?.[1] ?? '';
const nominee = (seat: number, role: 'member' | 'deputy', gender: string, name: string) => ({
  seat,
  role,
  name,
  email: `${name.replace(/\W+/g, '-').toLowerCase()}@example.org`,
  language: 'sv',
  gender,
});

describe('the seed round from the console', () => {
  it('sends the open seed round to all 15 organisations: 15 mails and one activity entry per request', async () => {
    // Prepare
    const before = await coordinator.open(roundPage(SEED_ROUND));

    // Act
    const sent = await coordinator.submit(roundPage(SEED_ROUND), `${roundPage(SEED_ROUND)}/requests`, {
      scope: 'all',
    });
    const after = await coordinator.follow(sent.headers.get('location') ?? '');
    const afterHtml = await after.response.text();
    const mails = await waitFor(async () => {
      const found = await mailsOf('nomination-request', SEED_ROUND);
      return found.length >= 15 && found;
    });

    // Assess
    expect(before.status).toBe(200);
    expect(textOf(before.html)).toContain('Skicka till alla som inte har fått en begäran (15)');
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${roundPage(SEED_ROUND)}?sent=15&existing=0&withoutContact=0`);
    expect(textOf(afterHtml)).toContain('Begäranden skickade: 15.');
    expect(textOf(afterHtml)).toContain('Alla tillfrågade organisationer har fått en begäran.');
    expect(textOf(rowOf(afterHtml, 'Vasa'))).toContain('Skickad');
    expect(mails).toHaveLength(15);
    const entries = await entriesOf('nominationRequest.send', SEED_ROUND);
    expect(entries).toHaveLength(15);
    expect(new Set(entries.map((e) => e.target.id)).size).toBe(15);
    expect(entries.every((e) => e.actor === COORDINATOR && e.target.kind === 'nominationRequest')).toBe(true);
  });

  it('sends nothing and records nothing the second time: every refused request leaves no entry', async () => {
    // Act
    const again = await coordinator.submit(roundPage(SEED_ROUND), `${roundPage(SEED_ROUND)}/requests`, {
      scope: 'all',
    });

    // Assess
    expect(again.headers.get('location')).toBe(
      `${roundPage(SEED_ROUND)}?sent=0&existing=15&withoutContact=0`,
    );
    expect(await entriesOf('nominationRequest.send', SEED_ROUND)).toHaveLength(15);
    expect(await mailsOf('nomination-request', SEED_ROUND)).toHaveLength(15);
  });

  it('shows an answer given through its mailed link: answered, its version, its balance and justification', async () => {
    // Prepare: Vasa answers with a woman and a man as members, only a woman as deputy (justified)
    const mail = (await mailsOf('nomination-request', SEED_ROUND)).find((m) => m.to.includes('vasa'));
    const token = tokenIn(mail?.text ?? '');
    const answer = (nominees: unknown[], justification?: string) =>
      stack.request(`/nominations/${token}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nominees, ...(justification ? { justification } : {}) }),
      });
    const first = await answer([nominee(1, 'member', 'woman', 'Anna Vasa')]);
    const second = await answer(
      [
        nominee(1, 'member', 'woman', 'Anna Vasa'),
        nominee(1, 'member', 'man', 'Bertil Vasa'),
        nominee(1, 'deputy', 'woman', 'Cecilia Vasa'),
      ],
      'Endast kvinnor ställde upp som ersättare.',
    );

    // Act
    const round = await coordinator.open(roundPage(SEED_ROUND));
    const organisation = await coordinator.open(`${roundPage(SEED_ROUND)}/organizations/organization-vasa`);
    const inFinnish = await coordinator.open(roundPage(SEED_ROUND, 'fi'));

    // Assess
    expect(first.status).toBe(400);
    expect(second.status).toBe(200);
    const vasa = textOf(rowOf(round.html, 'Vasa'));
    expect(vasa).toContain('Svarat Version 1');
    expect(vasa).toContain('Kvinnor 1, Män 1 40 % uppfylls');
    expect(vasa).toContain('Kvinnor 1, Män 0 40 % uppfylls inte');
    expect(vasa).not.toMatch(/Anna|Bertil|Cecilia/);
    expect(textOf(rowOf(round.html, 'Ledamöter'))).toBe(' Ledamöter 1 1 0 0 2 1 40 % uppfylls ');
    expect(textOf(rowOf(round.html, 'Ersättare'))).toBe(' Ersättare 1 0 0 0 1 1 40 % uppfylls inte ');
    expect(textOf(round.html)).toContain('Vasa Endast kvinnor ställde upp som ersättare.');
    expect(organisation.status).toBe(200);
    const detail = textOf(organisation.html);
    expect(detail).toContain('Version 1:');
    expect(detail).toContain('Ledamot 1 Anna Vasa anna-vasa@example.org');
    expect(detail).toContain('Ersättare 1 Cecilia Vasa');
    expect(organisation.html).not.toMatch(/woman|Kvinna\b/);
    expect(textOf(rowOf(inFinnish.html, 'Vaasa'))).toContain('Vastannut Versio 1');
  });

  it('reminds the organisations that have not answered, once a day, each reminder recorded', async () => {
    // Act
    const first = await coordinator.submit(roundPage(SEED_ROUND), `${roundPage(SEED_ROUND)}/reminders`, {});
    const second = await coordinator.submit(roundPage(SEED_ROUND), `${roundPage(SEED_ROUND)}/reminders`, {});
    const page = await coordinator.open(first.headers.get('location') ?? '');
    const reminders = await waitFor(async () => {
      const found = await mailsOf('nomination-reminder', SEED_ROUND);
      return found.length >= 14 && found;
    });

    // Assess
    expect(first.headers.get('location')).toBe(`${roundPage(SEED_ROUND)}?reminded=14`);
    expect(second.headers.get('location')).toBe(`${roundPage(SEED_ROUND)}?reminded=0`);
    expect(textOf(page.html)).toContain('Påminnelser skickade: 14.');
    expect(textOf(rowOf(page.html, 'Jakobstad'))).toContain('Påmind');
    expect(reminders.some((m) => m.to.includes('vasa'))).toBe(false);
    const entries = await entriesOf('nominationRequest.remind', SEED_ROUND);
    expect(entries).toHaveLength(14);
    expect(entries.map((e) => e.target.id)).not.toContain('organization-vasa');
  });

  it('downloads the nominees as CSV, without gender', async () => {
    // Act
    const response = await coordinator.request(`${roundPage(SEED_ROUND)}/nominees.csv`);
    const csv = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`nominees-${SEED_ROUND}.csv`);
    expect(csv).toContain('Bertil Vasa');
    expect(csv).not.toMatch(/woman|gender/);
  });

  it('lists the round with its figures in sv, fi and en', async () => {
    // Act
    const pages = await Promise.all(
      (['sv', 'fi', 'en'] as const).map((lang) => coordinator.open(`/${lang}/console/nomination-rounds`)),
    );

    // Assess
    const [sv, fi, en] = pages.map((p) => p.html);
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(sv).toContain('<html lang="sv">');
    expect(fi).toContain('<html lang="fi">');
    expect(en).toContain('<html lang="en">');
    expect(textOf(sv ?? '')).toContain('Nomineringsomgångar');
    expect(textOf(fi ?? '')).toContain('Nimityskierrokset');
    expect(textOf(en ?? '')).toContain('Nomination rounds');
    const row = (/<tr>(?:(?!<\/tr>)[\s\S])*nominationRound-example-2027[\s\S]*?<\/tr>/.exec(en ?? '') ?? [
      '',
    ])[0];
    // addressed 15, requested 15, answered 1, pending 14; one man and one woman as members meet 40 %.
    expect(textOf(row)).toMatch(/ 15 15 1 14 Members: 40 % met Deputies: 40 % not met /);
  });
});

describe('a round sent to chosen organisations', () => {
  let roundId: string;
  beforeAll(async () => {
    roundId = await publishRound(stack, roundDocument());
  });

  it('sends to the chosen ones only, and shows who already has one', async () => {
    // Act
    const sent = await coordinator.submit(roundPage(roundId), `${roundPage(roundId)}/requests`, {
      organizations: ['organization-vasa', 'organization-laihela'],
    });
    const page = await coordinator.open(roundPage(roundId));
    const mails = await waitFor(async () => {
      const found = await mailsOf('nomination-request', roundId);
      return found.length >= 2 && found;
    });

    // Assess
    expect(sent.headers.get('location')).toBe(`${roundPage(roundId)}?sent=2&existing=0&withoutContact=0`);
    expect(mails.map((m) => m.to).sort()).toEqual([
      expect.stringContaining('laihela'),
      expect.stringContaining('vasa'),
    ]);
    expect(textOf(page.html)).toContain('Vasa: har redan en begäran');
    expect(page.html).toContain('name="organizations" value="organization-jakobstad"');
    expect(page.html).not.toContain('value="organization-vasa"');
    expect(textOf(rowOf(page.html, 'Jakobstad'))).toContain('Inte skickad');
    expect(textOf(page.html)).toContain('Skicka till alla som inte har fått en begäran (1)');
    const entries = await entriesOf('nominationRequest.send', roundId);
    expect(entries.map((e) => e.target.id).sort()).toEqual(['organization-laihela', 'organization-vasa']);
  });

  it('refuses a send with no organisation chosen, or one the round does not address, creating nothing', async () => {
    // Act
    const none = await coordinator.submit(roundPage(roundId), `${roundPage(roundId)}/requests`, {});
    const stray = await coordinator.submit(roundPage(roundId, 'en'), `${roundPage(roundId, 'en')}/requests`, {
      organizations: ['organization-jakobstad', 'organization-korsholm'],
    });
    const noneText = textOf(await none.text());
    const strayText = textOf(await stray.text());

    // Assess
    expect(none.status).toBe(400);
    expect(noneText).toContain('Välj minst en organisation.');
    expect(stray.status).toBe(400);
    expect(strayText).toContain('The round does not address: organization-korsholm.');
    expect(await entriesOf('nominationRequest.send', roundId)).toHaveLength(2);
  });

  it('changes nothing on a post without the CSRF token, or with another session’s', async () => {
    // Prepare
    const other = await signedIn(stack, 'chair@example.org');
    const { csrf: othersToken } = await other.open('/sv/console');

    // Act
    const without = await coordinator.post(`${roundPage(roundId)}/requests`, {
      organizations: 'organization-jakobstad',
    });
    const foreign = await coordinator.post(`${roundPage(roundId)}/requests`, {
      _csrf: othersToken ?? '',
      organizations: 'organization-jakobstad',
    });

    // Assess
    expect(without.status).toBe(403);
    expect(foreign.status).toBe(403);
    expect(await entriesOf('nominationRequest.send', roundId)).toHaveLength(2);
    expect(textOf(rowOf((await coordinator.open(roundPage(roundId))).html, 'Jakobstad'))).toContain(
      'Inte skickad',
    );
  });

  it('answers 409 after the deadline and records nothing', async () => {
    // Prepare
    const late = await publishRound(
      stack,
      roundDocument({ deadline: new Date(Date.now() - 60_000).toISOString() }),
    );

    // Act
    const page = await coordinator.open(roundPage(late));
    // The page has no form to send with any more: the token comes from the overview's sign-out form.
    const sent = await coordinator.submit('/sv/console', `${roundPage(late)}/requests`, { scope: 'all' });

    // Assess
    expect(textOf(page.html)).toContain('Sista dagen har passerat');
    expect(page.html).not.toContain(`action="${roundPage(late)}/requests"`);
    expect(sent.status).toBe(409);
    expect(await entriesOf('nominationRequest.send', late)).toEqual([]);
  });
});

describe('who may', () => {
  it('shows a jury member the 403 page on every round page and lets their post change nothing', async () => {
    // Prepare
    const jury = await signedIn(stack, 'jury1@example.org');
    const roundId = await publishRound(stack, roundDocument());

    // Act
    const pages = await Promise.all(
      [
        '/sv/console/nomination-rounds',
        roundPage(roundId),
        `${roundPage(roundId)}/organizations/organization-vasa`,
        `${roundPage(roundId)}/nominees.csv`,
      ].map((path) => jury.request(path)),
    );
    const post = await jury.submit('/sv/console', `${roundPage(roundId)}/requests`, { scope: 'all' });
    const overview = await jury.open('/sv/console');

    // Assess
    expect(pages.map((p) => p.status)).toEqual([403, 403, 403, 403]);
    expect(post.status).toBe(403);
    expect(await entriesOf('nominationRequest.send', roundId)).toEqual([]);
    expect(overview.html).not.toContain('href="/sv/console/nomination-rounds"');
  });

  it('answers 404 for a round that does not exist', async () => {
    // Act
    const page = await coordinator.request(roundPage('nominationRound-no-such'));

    // Assess
    expect(page.status).toBe(404);
  });
});

describe('the admin API', () => {
  const withEmail = () =>
    localIssuer(stack.dataDir).signClaims({
      iss: LOCAL_ISSUER,
      aud: LOCAL_CLIENT_ID,
      sub: 'api-coordinator',
      email: 'API.Coordinator@example.org',
      'cognito:groups': ['coordinator'],
      token_use: 'id',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
    });

  it('lists the rounds with their counts for coordinators (GET /admin/nomination-rounds), 403 for the jury', async () => {
    // Act
    const list = await stack.request('/admin/nomination-rounds?lang=en', {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const jury = await stack.request('/admin/nomination-rounds', {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });

    // Assess
    expect(list.status).toBe(200);
    const seed = (await bodyOf(list)).items.find((r: { id: string }) => r.id === SEED_ROUND);
    expect(seed).toMatchObject({
      open: true,
      counts: { addressed: 15, requested: 15, answered: 1, pending: 14 },
      balanceMet: false,
    });
    expect(seed.balance.members).toMatchObject({ women: 1, men: 1, meets40: true });
    expect(jury.status).toBe(403);
  });

  it('sends to chosen organisations with ?organizations= and records each request under the token’s email', async () => {
    // Prepare
    const roundId = await publishRound(stack, roundDocument());
    const send = (query: string) =>
      stack.request(`/admin/nomination-rounds/${roundId}/requests${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${withEmail()}` },
      });

    // Act
    const chosen = await send('?organizations=organization-jakobstad');
    const stray = await send('?organizations=organization-korsholm&lang=en');
    const rest = await send('');

    // Assess
    expect(chosen.status).toBe(201);
    expect(await bodyOf(chosen)).toEqual({ created: 1, existing: 0 });
    expect(stray.status).toBe(400);
    expect((await bodyOf(stray)).errors).toEqual([
      { path: 'organizations', message: 'The round does not address: organization-korsholm.' },
    ]);
    expect(await bodyOf(rest)).toEqual({ created: 2, existing: 1 });
    const entries = await entriesOf('nominationRequest.send', roundId);
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.actor === 'api.coordinator@example.org')).toBe(true);
  });
});
