import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AffiliationInput,
  affiliationFormSchema,
  affiliationInputOf,
} from '../../shared/affiliations/affiliation';
import { yearlyFollowUp } from '../../shared/affiliations/follow-up';
import { confirmAffiliation, type StrategyRef, submitAffiliation } from '../../shared/affiliations/join';
import {
  affiliationByManageToken,
  changeContact,
  confirmContribution,
  previousContributions,
  updateContribution,
  withdrawAffiliation,
} from '../../shared/affiliations/manage';
import {
  addAffiliationNote,
  affiliationById,
  affiliationsCsv,
  listAffiliations,
  moveAffiliation,
  publicAffiliations,
} from '../../shared/affiliations/pipeline';
import type { Caller } from '../../shared/http/caller';
import { HttpProblem } from '../../shared/http/problem';
import { validatePart } from '../../shared/http/validate';
import { fieldMessages } from '../../shared/i18n/field-messages';
import { erasePerson } from '../../shared/people/erase';
import { findPersonData } from '../../shared/people/person-data';
import { affiliationFigures } from '../../shared/report/figures';
import type { Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

const pepper = 'affiliations-test-pepper';
const now = new Date(at('2027-03-10T12:00:00Z'));
const later = new Date(at('2027-03-10T12:30:00Z'));
const coordinator: Caller = { subject: 'sub-c', groups: ['coordinator'], email: 'coordinator@example.org' };
const GOALS = ['economic-equality', 'education', 'no-violence'];
const MUNICIPALITIES = ['organization-narpes', 'organization-vasa'];

let table: Table;
beforeAll(async () => {
  table = await freshTable('affiliations');
});

let strategyCount = 0;
/** A strategy of its own per test, so tests never share claims or lists. */
const newStrategy = (): StrategyRef => ({
  id: `strategy-test-${++strategyCount}`,
  title: { sv: 'Strategin', fi: 'Strategia', en: 'The strategy' },
  goalKeys: GOALS,
});
const deps = (when = now) => ({ table, pepper, now: when });

const input = (
  overrides: Partial<AffiliationInput> = {},
  contactEmail = 'kontakt@example.org',
): AffiliationInput => ({
  organisationName: 'Närpes stad',
  organisationType: 'municipality',
  municipality: 'organization-narpes',
  businessId: '0179701-5',
  decisionBody: 'Stadsstyrelsen',
  decisionDate: '2027-02-20',
  minutesUrl: 'https://www.example.org/protokoll.pdf',
  contact: {
    name: 'Kim Kontakt',
    title: 'Jämställdhetssamordnare',
    email: contactEmail,
    phone: '+358 40 123 4567',
    language: 'sv',
  },
  contributions: { 'economic-equality': { already: 'Lönekartläggning.', contribute: 'Årlig uppföljning.' } },
  consentToPublish: true,
  ...overrides,
});

/** Submits, confirms through the mailed link, and returns the affiliation id and the manage link. */
async function confirmed(strategy: StrategyRef, email: string, overrides: Partial<AffiliationInput> = {}) {
  await submitAffiliation(deps(), strategy, input(overrides, email));
  const confirmToken = (await mailItemsTo(table, pepper, email)).find(
    (m) => m.template === 'affiliation-confirm',
  )?.secrets.confirmToken;
  await confirmAffiliation(deps(), strategy.title, String(confirmToken));
  const manage = (await mailItemsTo(table, pepper, email))
    .filter((m) => m.template === 'affiliation-manage')
    .at(-1);
  const manageToken = String(manage?.secrets.manageToken);
  const item = await affiliationByManageToken(table, manageToken);
  return { affiliationId: item.affiliationId, manageToken };
}

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(() => undefined).catch((error: unknown) => error);

async function activityFor(affiliationId: string) {
  const found = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.activityPartition },
      ConsistentRead: true,
    }),
  );
  return (found.Items ?? []).filter((e) => e.target?.id === affiliationId);
}

describe('the join form', () => {
  it('names each invalid field with its message, the Business ID checked by its check digit', () => {
    // Prepare: every field wrong or missing; the Business ID well formed but with a wrong check digit
    const schema = affiliationFormSchema(GOALS, MUNICIPALITIES);
    const body = {
      organisationName: '   ',
      organisationType: 'club',
      municipality: 'organization-elsewhere',
      businessId: '0179701-1',
      decisionDate: '20.2.2027',
      minutesUrl: 'ftp://example.org/protokoll',
      contactTitle: '',
      contactEmail: 'not-an-address',
      contactPhone: 'call me',
      consent: false,
    };

    // Act
    const parsed = validatePart(schema, body, '', 'sv');
    const badFormat = validatePart(schema, { businessId: '179701-5' }, '', 'en');

    // Assess
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    const paths = errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        'organisationName',
        'organisationType',
        'municipality',
        'businessId',
        'decisionBody',
        'decisionDate',
        'minutesUrl',
        'contactName',
        'contactTitle',
        'contactEmail',
        'contactPhone',
        'consent',
      ].sort(),
    );
    const message = (path: string) => errors.find((e) => e.path === path)?.message;
    expect(message('businessId')).toBe(fieldMessages.businessIdCheckDigit.sv);
    expect(message('municipality')).toBe(fieldMessages.choose.sv);
    expect(message('minutesUrl')).toBe(fieldMessages.httpUrl.sv);
    expect(message('decisionDate')).toBe(fieldMessages.isoDate.sv);
    expect(message('contactPhone')).toBe(fieldMessages.phone.sv);
    expect(message('consent')).toBe(fieldMessages.consent.sv);
    expect(badFormat.ok ? [] : badFormat.errors.find((e) => e.path === 'businessId')?.message).toBe(
      fieldMessages.businessIdFormat.en,
    );
  });

  it('takes a valid form as the use case input, with the contributions per goal and the contact language', () => {
    // Prepare
    const schema = affiliationFormSchema(GOALS, MUNICIPALITIES);
    const body = {
      organisationName: 'Vasa stad',
      organisationType: 'municipality',
      municipality: 'organization-vasa',
      decisionBody: 'Stadsstyrelsen',
      decisionDate: '2027-02-20',
      minutesUrl: 'http://www.example.org/p.pdf',
      contactName: 'Vera Vasa',
      contactTitle: 'Samordnare',
      contactEmail: ' Vera@Example.org ',
      contactPhone: '040 123 4567',
      consent: true,
      'contribute-education': 'Studiebesök.',
    };

    // Act
    const parsed = validatePart(schema, body, '', 'fi');
    const value = parsed.ok ? affiliationInputOf(parsed.value, GOALS, 'fi') : undefined;

    // Assess
    expect(value).toMatchObject({
      organisationName: 'Vasa stad',
      contact: { email: 'vera@example.org', language: 'fi' },
      contributions: { education: { contribute: 'Studiebesök.' } },
      consentToPublish: false,
    });
    expect(value?.businessId).toBeUndefined();
  });
});

describe('joining with double opt-in', () => {
  it('stays unconfirmed and off the console list until the contact confirms, then is received with a manage link', async () => {
    // Prepare
    const strategy = newStrategy();
    const email = 'optin@example.org';

    // Act
    await submitAffiliation(deps(), strategy, input({}, email));
    const before = await listAffiliations(table, strategy.id);
    const confirmMail = (await mailItemsTo(table, pepper, email)).find(
      (m) => m.template === 'affiliation-confirm',
    );
    const first = await confirmAffiliation(deps(), strategy.title, String(confirmMail?.secrets.confirmToken));
    const again = await confirmAffiliation(deps(), strategy.title, String(confirmMail?.secrets.confirmToken));
    const after = await listAffiliations(table, strategy.id);
    const mails = await mailItemsTo(table, pepper, email);

    // Assess
    expect(before).toEqual([]);
    expect(confirmMail).toMatchObject({ lang: 'sv', data: { organisationName: 'Närpes stad' } });
    expect(first).toEqual({ status: 'received' });
    expect(again).toEqual({ status: 'received' });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'received', organisationName: 'Närpes stad' });
    expect(after[0]?.expiresAt).toBeUndefined();
    expect(mails.map((m) => m.template).sort()).toEqual(['affiliation-confirm', 'affiliation-manage']);
    const manageToken = String(mails.find((m) => m.template === 'affiliation-manage')?.secrets.manageToken);
    expect((await affiliationByManageToken(table, manageToken)).affiliationId).toBe(after[0]?.affiliationId);
    expect(await refusalOf(confirmAffiliation(deps(), strategy.title, 'made-up-token'))).toBeInstanceOf(
      HttpProblem,
    );
  });

  it('gives exactly one affiliation for 20 concurrent submissions with the same Business ID', async () => {
    // Prepare: twenty people submit for the same company at once, each naming themselves as contact
    const strategy = newStrategy();
    const emails = Array.from({ length: 20 }, (_, i) => `same-${i}@example.org`);

    // Act
    const results = await Promise.all(
      emails.map((email) =>
        submitAffiliation(deps(), strategy, input({ organisationName: `Företaget ${email}` }, email)),
      ),
    );
    const all = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :aff)',
        ExpressionAttributeValues: { ':pk': `STRATEGY#${strategy.id}`, ':aff': 'AFF#' },
        ConsistentRead: true,
      }),
    );
    const confirmMails = (await Promise.all(emails.map((e) => mailItemsTo(table, pepper, e)))).flat();

    // Assess: every caller got the same answer; one affiliation, one claim, one confirmation mail
    expect(results.every((r) => r.status === 'pending')).toBe(true);
    expect(all.Items).toHaveLength(1);
    expect(confirmMails.filter((m) => m.template === 'affiliation-confirm')).toHaveLength(1);
  });

  it('claims an organisation without a Business ID by its normalised name', async () => {
    // Prepare
    const strategy = newStrategy();
    const first = await confirmed(strategy, 'name-1@example.org', {
      businessId: undefined,
      organisationName: 'Föreningen  Jämlik r.f.',
    });

    // Act: the same name in other case and spacing, by someone else
    await submitAffiliation(
      deps(later),
      strategy,
      input({ businessId: undefined, organisationName: ' föreningen jämlik R.F. ' }, 'name-2@example.org'),
    );
    const list = await listAffiliations(table, strategy.id);
    const note = (await mailItemsTo(table, pepper, 'name-1@example.org')).at(-1);

    // Assess: still one affiliation; the contact on record (not the new submitter) is told, with a link
    expect(list.map((a) => a.affiliationId)).toEqual([first.affiliationId]);
    expect(await mailItemsTo(table, pepper, 'name-2@example.org')).toEqual([]);
    expect(note?.template).toBe('affiliation-already');
    expect(note?.secrets.manageToken).toBeTruthy();
  });
});

describe('the manage link', () => {
  it('updates the contribution and keeps the previous version', async () => {
    // Prepare
    const strategy = newStrategy();
    const { affiliationId, manageToken } = await confirmed(strategy, 'update@example.org');

    // Act
    const result = await updateContribution(
      deps(later),
      manageToken,
      { education: { contribute: 'Föreläsningar i skolorna.' } },
      true,
    );
    const item = await affiliationById(table, strategy.id, affiliationId);
    const versions = await previousContributions(table, strategy.id, affiliationId);

    // Assess
    expect(result).toEqual({ version: 2 });
    expect(item.contributions).toEqual({ education: { contribute: 'Föreläsningar i skolorna.' } });
    expect(item.version).toBe(2);
    expect(versions).toEqual([
      {
        version: 1,
        contributions: {
          'economic-equality': { already: 'Lönekartläggning.', contribute: 'Årlig uppföljning.' },
        },
        consentToPublish: true,
        replacedAt: later.toISOString(),
      },
    ]);
  });

  it('hands over to a new contact person, whose own link works while the old one stops', async () => {
    // Prepare
    const strategy = newStrategy();
    const { affiliationId, manageToken } = await confirmed(strategy, 'old-contact@example.org');
    const contact = {
      name: 'Nora Ny',
      title: 'HR-chef',
      email: 'new-contact@example.org',
      phone: '+358 50 765 4321',
      language: 'fi' as const,
    };

    // Act
    await changeContact(deps(later), strategy.title, manageToken, contact);
    const mail = (await mailItemsTo(table, pepper, 'new-contact@example.org')).at(-1);
    const oldLink = await refusalOf(affiliationByManageToken(table, manageToken));

    // Assess
    expect(mail).toMatchObject({ template: 'affiliation-contact', lang: 'fi' });
    expect(oldLink).toBeInstanceOf(HttpProblem);
    const item = await affiliationByManageToken(table, String(mail?.secrets.manageToken));
    expect(item.affiliationId).toBe(affiliationId);
    expect(item.contact).toEqual(contact);
  });
});

describe('the pipeline and the public list', () => {
  it('refuses "joined" without a held dialogue and records every step in the activity log', async () => {
    // Prepare
    const strategy = newStrategy();
    const { affiliationId } = await confirmed(strategy, 'pipeline@example.org');
    const move = (to: Parameters<typeof moveAffiliation>[4], options = {}) =>
      moveAffiliation(deps(later), coordinator, strategy.id, affiliationId, to, options);

    // Act
    const joinedTooEarly = await refusalOf(move('joined'));
    const bookedWithoutDate = await refusalOf(move('dialogueBooked'));
    await move('dialogueBooked', { date: '2027-04-02', note: 'Kommundirektören deltar.' });
    const heldSkipped = await refusalOf(move('joined'));
    await move('dialogueHeld', { date: '2027-04-02' });
    await addAffiliationNote(deps(later), coordinator, strategy.id, affiliationId, 'Vill ordna en temadag.');
    await move('joined');
    const item = await affiliationById(table, strategy.id, affiliationId);
    const log = await activityFor(affiliationId);

    // Assess
    expect((joinedTooEarly as HttpProblem).status).toBe(409);
    expect((bookedWithoutDate as HttpProblem).status).toBe(400);
    expect((heldSkipped as HttpProblem).status).toBe(409);
    expect(item).toMatchObject({
      status: 'joined',
      dialogueBookedFor: '2027-04-02',
      dialogueHeldOn: '2027-04-02',
      joinedOn: later.toISOString().slice(0, 10),
    });
    expect(item.notes?.map((n) => n.text)).toEqual(['Kommundirektören deltar.', 'Vill ordna en temadag.']);
    expect(log.map((e) => [e.action, e.details?.from, e.details?.to]).sort()).toEqual(
      [
        ['affiliation.move', 'received', 'dialogueBooked'],
        ['affiliation.move', 'dialogueBooked', 'dialogueHeld'],
        ['affiliation.note', undefined, undefined],
        ['affiliation.move', 'dialogueHeld', 'joined'],
      ].sort(),
    );
    expect(log.every((e) => e.actor === 'coordinator@example.org')).toBe(true);
  });

  it('lists joined organisations that consented, and withdrawal takes one off the list and frees its claim', async () => {
    // Prepare: two joined organisations, one of which did not consent to be named
    const strategy = newStrategy();
    const shown = await confirmed(strategy, 'shown@example.org', { businessId: '0179701-5' });
    const hidden = await confirmed(strategy, 'hidden@example.org', {
      businessId: '0201256-6',
      organisationName: 'Tyst Ab',
      consentToPublish: false,
    });
    for (const id of [shown.affiliationId, hidden.affiliationId]) {
      await moveAffiliation(deps(later), coordinator, strategy.id, id, 'dialogueBooked', {
        date: '2027-04-01',
      });
      await moveAffiliation(deps(later), coordinator, strategy.id, id, 'dialogueHeld', {
        date: '2027-04-08',
      });
      await moveAffiliation(deps(later), coordinator, strategy.id, id, 'joined');
    }
    const listed = await publicAffiliations(table, strategy.id);

    // Act
    await withdrawAffiliation(deps(later), shown.manageToken);
    const afterWithdrawal = await publicAffiliations(table, strategy.id);
    await submitAffiliation(deps(later), strategy, input({}, 'rejoin@example.org'));
    const csv = await affiliationsCsv(table, strategy.id, GOALS);

    // Assess
    expect(listed.map((a) => a.organisationName)).toEqual(['Närpes stad']);
    expect(listed[0]?.contributions['economic-equality']?.contribute).toBe('Årlig uppföljning.');
    expect(afterWithdrawal).toEqual([]);
    const withdrawn = await affiliationById(table, strategy.id, shown.affiliationId);
    expect(withdrawn.status).toBe('withdrawn');
    // Kept for the default retention of ended affiliations (365 days; no settings synced in this table)
    expect(withdrawn.expiresAt).toBe(Math.floor(later.getTime() / 1000) + 365 * 86_400);
    expect((await mailItemsTo(table, pepper, 'rejoin@example.org')).map((m) => m.template)).toEqual([
      'affiliation-confirm',
    ]);
    expect(csv).toContain('Tyst Ab');
    expect(csv).toContain('withdrawn');
  });

  it("erases the contact person but keeps the organisation's public record of having joined", async () => {
    // Prepare: a joined, consenting organisation
    const strategy = newStrategy();
    const email = 'erase-me@example.org';
    const { affiliationId, manageToken } = await confirmed(strategy, email);
    for (const [to, date] of [
      ['dialogueBooked', '2027-04-01'],
      ['dialogueHeld', '2027-04-08'],
      ['joined', undefined],
    ] as const)
      await moveAffiliation(deps(later), coordinator, strategy.id, affiliationId, to, { date });
    const before = await findPersonData(table, pepper, email);

    // Act
    const erased = await erasePerson(deps(later), email, 'sv', coordinator);
    const after = await findPersonData(table, pepper, email);
    const item = await affiliationById(table, strategy.id, affiliationId);

    // Assess
    expect(before.map((p) => p.kind)).toContain('affiliation');
    expect(erased.erased.map((e) => e.kind)).toContain('affiliation');
    expect(after).toEqual([]);
    expect(item.contact).toEqual({ name: '', title: '', email: '', phone: '', language: 'sv' });
    expect(item.status).toBe('joined');
    expect((await publicAffiliations(table, strategy.id)).map((a) => a.organisationName)).toEqual([
      'Närpes stad',
    ]);
    expect(await refusalOf(affiliationByManageToken(table, manageToken))).toBeInstanceOf(HttpProblem);
  });

  it("mails the yearly follow-up once per joined organisation in the settings' month, none on a second run the same day", async () => {
    // Prepare: one joined organisation and one still in dialogue
    const strategy = newStrategy();
    const joined = await confirmed(strategy, 'follow-joined@example.org');
    await confirmed(strategy, 'follow-received@example.org', {
      businessId: '0201256-6',
      organisationName: 'Ab Dialog',
    });
    for (const [to, date] of [
      ['dialogueBooked', '2027-04-01'],
      ['dialogueHeld', '2027-04-08'],
      ['joined', undefined],
    ] as const)
      await moveAffiliation(deps(later), coordinator, strategy.id, joined.affiliationId, to, { date });
    const month = Number(
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', month: '2-digit' }).format(later),
    );
    const sameDayLater = new Date(later.getTime() + 3 * 60 * 60 * 1000);

    // Act
    const otherMonth = await yearlyFollowUp(deps(later), strategy, (month % 12) + 1);
    const first = await yearlyFollowUp(deps(later), strategy, month);
    const second = await yearlyFollowUp(deps(sameDayLater), strategy, month);
    const mails = async (email: string) =>
      (await mailItemsTo(table, pepper, email)).filter((m) => m.template === 'affiliation-follow-up');

    // Assess
    expect(otherMonth).toEqual({ due: false, sent: 0 });
    expect(first).toEqual({ due: true, sent: 1 });
    expect(second).toEqual({ due: true, sent: 0 });
    expect(await mails('follow-joined@example.org')).toHaveLength(1);
    expect(await mails('follow-received@example.org')).toHaveLength(0);
    const link = (await mails('follow-joined@example.org'))[0]?.secrets.manageToken;
    expect((await affiliationByManageToken(table, String(link))).affiliationId).toBe(joined.affiliationId);
    await confirmContribution(deps(sameDayLater), String(link));
    expect(await affiliationById(table, strategy.id, joined.affiliationId)).toMatchObject({
      followUpSentAt: later.toISOString(),
      contributionConfirmedAt: sameDayLater.toISOString(),
    });
    // The activity report counts the follow-up and its answer from the stored affiliations.
    const year = later.toISOString().slice(0, 4);
    const figures = affiliationFigures(await listAffiliations(table, strategy.id), {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    expect(figures).toMatchObject({ followUpsSent: 1, followUpAnswers: 1, joinedAtEnd: 1 });
  });
});
