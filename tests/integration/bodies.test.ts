import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AffiliationInput } from '../../shared/affiliations/affiliation';
import { confirmAffiliation, type StrategyRef, submitAffiliation } from '../../shared/affiliations/join';
import { affiliationByManageToken } from '../../shared/affiliations/manage';
import { moveAffiliation } from '../../shared/affiliations/pipeline';
import {
  addMember,
  bodyMembers,
  COUNCIL_ID,
  councilMembers,
  createWorkingGroup,
  messageBody,
  removeMember,
  setCouncilRepresentative,
} from '../../shared/bodies/bodies';
import type { Caller } from '../../shared/http/caller';
import type { Language } from '../../shared/http/route';
import { erasePerson } from '../../shared/people/erase';
import type { Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

const pepper = 'bodies-test-pepper';
const now = new Date(at('2027-05-03T09:00:00Z'));
const coordinator: Caller = { subject: 'sub-c', groups: ['coordinator'], email: 'coordinator@example.org' };
const deps = () => ({ table, pepper, now });

let table: Table;
beforeAll(async () => {
  table = await freshTable('bodies');
});

let strategyCount = 0;
const newStrategy = (): StrategyRef => ({
  id: `strategy-bodies-${++strategyCount}`,
  title: { sv: 'Strategin', fi: 'Strategia', en: 'The strategy' },
  goalKeys: ['education'],
});

/** An organisation that joined (through the form, the mailed link and the coordinator's steps). */
async function joinedOrganisation(
  strategy: StrategyRef,
  name: string,
  businessId: string,
  email: string,
  joins = true,
) {
  const input: AffiliationInput = {
    organisationName: name,
    organisationType: 'company',
    municipality: 'organization-vasa',
    businessId,
    decisionBody: 'Styrelsen',
    decisionDate: '2027-04-01',
    contact: { name: `Kontakt ${name}`, title: 'VD', email, phone: '040 123 4567', language: 'sv' },
    contributions: { education: { contribute: 'Praktikplatser.' } },
    consentToPublish: true,
  };
  await submitAffiliation(deps(), strategy, input);
  const token = (await mailItemsTo(table, pepper, email)).find((m) => m.template === 'affiliation-confirm')
    ?.secrets.confirmToken;
  await confirmAffiliation(deps(), strategy.title, String(token));
  const manage = (await mailItemsTo(table, pepper, email)).find((m) => m.template === 'affiliation-manage');
  const { affiliationId } = await affiliationByManageToken(table, String(manage?.secrets.manageToken));
  if (joins)
    for (const [to, date] of [
      ['dialogueBooked', '2027-04-10'],
      ['dialogueHeld', '2027-04-17'],
      ['joined', undefined],
    ] as const)
      await moveAffiliation(deps(), coordinator, strategy.id, affiliationId, to, { date });
  return affiliationId;
}

describe('the council and working groups', () => {
  it('lists one representative per joined organisation: its contact, or the one a coordinator named', async () => {
    // Prepare: two joined organisations and one still in dialogue
    const strategy = newStrategy();
    const first = await joinedOrganisation(strategy, 'Alfa Ab', '0179701-5', 'alfa@example.org');
    await joinedOrganisation(strategy, 'Beta Oy', '0201256-6', 'beta@example.org');
    await joinedOrganisation(strategy, 'Gamma Ab', '1234560-4', 'gamma@example.org', false);

    // Act
    await setCouncilRepresentative(deps(), coordinator, strategy.id, first, {
      name: 'Anna Signatär',
      email: 'Anna.Signatar@example.org',
      language: 'fi',
    });
    const council = await councilMembers(table, strategy.id);

    // Assess
    expect(council.map((m) => [m.organisation, m.email, m.language]).sort()).toEqual([
      ['Alfa Ab', 'anna.signatar@example.org', 'fi'],
      ['Beta Oy', 'beta@example.org', 'sv'],
    ]);
  });

  it('sends a message to a body of 7 as 7 mails, each in its recipient’s language, and logs it', async () => {
    // Prepare: a working group of seven in three languages
    const group = await createWorkingGroup(deps(), coordinator, 'Genomförandegruppen', {
      start: '2027-01-01',
      end: '2028-12-31',
    });
    const languages: Language[] = ['sv', 'fi', 'en', 'sv', 'fi', 'sv', 'en'];
    for (const [i, language] of languages.entries())
      await addMember(deps(), coordinator, group.bodyId, {
        name: `Medlem ${i}`,
        email: `group-member-${i}@example.org`,
        language,
        role: i === 0 ? 'chair' : i === 6 ? 'deputy' : 'member',
      });

    // Act
    const result = await messageBody(deps(), coordinator, undefined, group, {
      subject: 'Nästa möte',
      text: 'Vi ses den 12 maj.',
    });
    const mails = (
      await Promise.all(languages.map((_, i) => mailItemsTo(table, pepper, `group-member-${i}@example.org`)))
    ).flat();

    // Assess
    expect(result).toEqual({ recipients: 7 });
    const log = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.activityPartition },
        ConsistentRead: true,
      }),
    );
    expect(
      (log.Items ?? []).filter((e) => e.action === 'body.message' && e.target?.id === group.bodyId),
    ).toEqual([expect.objectContaining({ actor: 'coordinator@example.org', details: { recipients: 7 } })]);
    expect(mails).toHaveLength(7);
    expect(mails.map((m) => m.template)).toEqual(Array(7).fill('body-message'));
    expect(mails.map((m) => [m.to, m.lang]).sort()).toEqual(
      languages.map((language, i) => [`group-member-${i}@example.org`, language]).sort(),
    );
  });

  it('removes an erased person from every body they were in', async () => {
    // Prepare: one person in two working groups and named to the council
    const strategy = newStrategy();
    const email = 'everywhere@example.org';
    const affiliationId = await joinedOrganisation(strategy, 'Delta Ab', '0179701-5', 'delta@example.org');
    await setCouncilRepresentative(deps(), coordinator, strategy.id, affiliationId, {
      name: 'Eva Överallt',
      email,
      language: 'sv',
    });
    const groups = [
      await createWorkingGroup(deps(), coordinator, 'Temagrupp lön', { start: '2027-01-01' }),
      await createWorkingGroup(deps(), coordinator, 'Temagrupp våld', { start: '2027-01-01' }),
    ];
    for (const g of groups)
      await addMember(deps(), coordinator, g.bodyId, {
        name: 'Eva Överallt',
        email,
        language: 'sv',
        role: 'member',
      });
    await addMember(deps(), coordinator, groups[0]?.bodyId ?? '', {
      name: 'Stina Stannar',
      email: 'stays@example.org',
      language: 'sv',
      role: 'chair',
    });

    // Act
    await erasePerson(deps(), email, 'sv', coordinator);
    const council = await bodyMembers(table, strategy.id, COUNCIL_ID);
    const members = await Promise.all(groups.map((g) => bodyMembers(table, strategy.id, g.bodyId)));

    // Assess: gone everywhere; the organisation is represented by its contact again
    expect(council.map((m) => m.email)).toEqual(['delta@example.org']);
    expect(members.map((list) => list.map((m) => m.email))).toEqual([['stays@example.org'], []]);
  });

  it('removes a working group’s member, logged once; a second removal is refused and logs nothing', async () => {
    // Prepare
    const group = await createWorkingGroup(deps(), coordinator, 'Temagrupp utbildning', {
      start: '2027-01-01',
    });
    const leaving = await addMember(deps(), coordinator, group.bodyId, {
      name: 'Lasse Lämnar',
      email: 'lasse.lamnar@example.org',
      language: 'fi',
      role: 'member',
    });
    const removals = async () =>
      (
        await table.doc.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'pk = :pk',
            FilterExpression: '#action = :remove AND target.id = :body',
            ExpressionAttributeNames: { '#action': 'action' },
            ExpressionAttributeValues: {
              ':pk': keys.activityPartition,
              ':remove': 'body.removeMember',
              ':body': group.bodyId,
            },
          }),
        )
      ).Items ?? [];

    // Act
    await removeMember(deps(), coordinator, group.bodyId, leaving.memberId);
    const again = await removeMember(deps(), coordinator, group.bodyId, leaving.memberId).catch((e) => e);

    // Assess
    expect(await bodyMembers(table, undefined, group.bodyId)).toEqual([]);
    expect(again).toMatchObject({ status: 404 });
    expect(await removals()).toHaveLength(1);
  });

  it('keeps the members of a group whose term ends until the settings’ days after it, and of an open-ended one until removed', async () => {
    // Prepare: the default retention (365 days), no settings document in this table. The term ends
    // ahead of the test's clock (at(): moved with it), so no TTL sweep takes the item before it is read.
    const lastDay = at('2027-12-31T00:00:00Z').slice(0, 10);
    const ending = await createWorkingGroup(deps(), coordinator, 'Projektgrupp 2027', {
      start: '2027-01-01',
      end: lastDay,
    });
    const open = await createWorkingGroup(deps(), coordinator, 'Stående grupp', { start: '2027-01-01' });
    const person = {
      name: 'Tea Termin',
      email: 'tea.termin@example.org',
      language: 'sv' as const,
      role: 'member' as const,
    };

    // Act
    const inEnding = await addMember(deps(), coordinator, ending.bodyId, person);
    const inOpen = await addMember(deps(), coordinator, open.bodyId, person);
    const item = async (bodyId: string, memberId: string) =>
      (
        await table.doc.send(
          new GetCommand({ TableName: table.name, Key: keys.bodyMember(bodyId, memberId) }),
        )
      ).Item;

    // Assess: the day after the term's last day, plus 365 days, in epoch seconds.
    expect((await item(ending.bodyId, inEnding.memberId))?.expiresAt).toBe(
      Date.parse(`${lastDay}T00:00:00Z`) / 1000 + 86_400 + 365 * 86_400,
    );
    expect((await item(open.bodyId, inOpen.memberId))?.expiresAt).toBeUndefined();
  });
});
