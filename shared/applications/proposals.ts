import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { emailHash, ulid } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import { type Idempotency, recordOf } from '../http/idempotency';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import { applicationExpiry } from './application';
import { municipalityError } from './application-check';
import { applicationProblems } from './application-problems';
import { type CampaignMeta, readCampaign } from './campaign';
import { campaignPage } from './campaign-partition';
import { MAX_VALIDATIONS } from './submit';

export interface ProposalInput {
  company: { name: string; businessId?: string; municipality: string };
  reason: string;
  proposer: { name: string; email: string; language?: Language };
  consent: true;
}

export interface ProposalDeps {
  table: Table;
  pepper: string;
  now: Date;
  applicationDays: number;
}

/** A proposal taken. */
export interface ProposalMade {
  proposalId: string;
}

/** A company invited, and when (this invitation; a company may be invited more than once). */
export interface ProposalInvited {
  proposalId: string;
  invitedAt: string;
}

/** Proposals are taken while the campaign is published and not closed, also before it opens. */
const takesProposals = (meta: CampaignMeta, nowMs: number) =>
  meta.published === true && meta.closesAtMs > nowMs;

function proposalWindowCheck(table: Table, meta: CampaignMeta, nowMs: number): TransactItem {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: keys.campaignMeta(meta.documentId),
      ConditionExpression: 'published = :true AND closesAtMs > :now AND sourceVersion = :version',
      ExpressionAttributeValues: { ':true': true, ':now': nowMs, ':version': meta.sourceVersion },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/**
 * POST /campaigns/{campaignId}/proposals: anyone may propose a company for the award (docs/DOMAIN.md, The award campaign). The
 * proposal keeps the proposer's name and address (person index, retention like applications); the
 * coordinator decides whether to invite the company.
 */
export async function proposeCompany(
  deps: ProposalDeps,
  campaignId: string,
  input: ProposalInput,
  lang: Language,
  idempotency: Idempotency<ProposalMade> | undefined,
): Promise<ProposalMade> {
  const { table, now } = deps;
  const nowMs = now.getTime();
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const meta = await readCampaign(table, campaignId);
    if (!meta) throw applicationProblems.unknownCampaign();
    if (!takesProposals(meta, nowMs)) throw applicationProblems.closed();
    const errors = municipalityError(meta, input.company.municipality, lang);
    if (errors.length) throw applicationProblems.invalid(errors);

    const proposalId = ulid(nowMs);
    const made: ProposalMade = { proposalId };
    const outcome = await transactWrite(
      table,
      [
        proposalWindowCheck(table, meta, nowMs),
        {
          Put: {
            TableName: table.name,
            Item: {
              ...keys.proposal(campaignId, proposalId),
              type: 'proposal',
              proposalId,
              campaignId,
              company: input.company,
              reason: input.reason,
              proposer: { ...input.proposer, language: input.proposer.language ?? 'sv' },
              consentAt: now.toISOString(),
              createdAt: now.toISOString(),
              expiresAt: applicationExpiry(meta, deps.applicationDays),
              personKey: personIndexKeys.person(emailHash(input.proposer.email, deps.pepper)),
              personSort: personIndexKeys.sort('PROPOSAL', proposalId),
            },
          },
        },
      ],
      recordOf(idempotency, made, Math.floor(nowMs / 1000)),
    );
    if (outcome.ok) return made;
    const old = outcome.cancelled[0]?.old;
    if (!old) throw applicationProblems.unknownCampaign();
    if (!takesProposals(old as unknown as CampaignMeta, nowMs)) throw applicationProblems.closed();
    // A newer version of the campaign (eligibility may differ): check again.
  }
  throw new ContentionError();
}

export interface ProposalRow {
  proposalId: string;
  company: ProposalInput['company'];
  reason: string;
  proposer: { name: string; email: string; language: Language };
  createdAt: string;
  invitedAt?: string;
  invitations?: number;
}

const toProposalRow = (item: Record<string, unknown>): ProposalRow => ({
  proposalId: String(item.proposalId),
  company: item.company as ProposalRow['company'],
  reason: String(item.reason),
  proposer: item.proposer as ProposalRow['proposer'],
  createdAt: String(item.createdAt),
  ...(item.invitedAt
    ? { invitedAt: String(item.invitedAt), invitations: Number(item.invitations ?? 1) }
    : {}),
});

/** One proposal as the coordinator sees it, or undefined. */
export async function proposalById(table: Table, campaignId: string, proposalId: string) {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.proposal(campaignId, proposalId) }),
  );
  return out.Item ? toProposalRow(out.Item) : undefined;
}

/** GET /admin/campaigns/{campaignId}/proposals?cursor=: a page of proposals in arrival order. */
export async function listProposals(table: Table, campaignId: string, cursor: string | undefined) {
  const page = await campaignPage(table, campaignId, keys.proposalPrefix, cursor, 100);
  return { ...page, items: page.items.map(toProposalRow) };
}

/**
 * POST /admin/campaigns/{campaignId}/proposals/{proposalId}/invite: the company is mailed the campaign
 * page in the language asked for. The proposal records when it was invited (and how often), not the
 * address: that is the company's, and the mail item that carries it expires within a week. The staff
 * member's activity entry is written in the same transaction (without the address either).
 */
export async function inviteProposal(
  deps: Omit<ProposalDeps, 'applicationDays'>,
  campaignId: string,
  proposalId: string,
  invitation: { email: string; language: Language },
  actor: Caller,
  idempotency: Idempotency<ProposalInvited> | undefined,
): Promise<ProposalInvited> {
  const { table, now } = deps;
  const nowMs = now.getTime();
  const key = keys.proposal(campaignId, proposalId);
  // Both reads at once: the campaign for its title and window, the proposal for the company's name.
  const [meta, proposal] = await Promise.all([
    readCampaign(table, campaignId),
    table.doc.send(new GetCommand({ TableName: table.name, Key: key })),
  ]);
  if (!meta) throw applicationProblems.unknownCampaign();
  if (!proposal.Item) throw applicationProblems.unknownProposal();
  if (!takesProposals(meta, nowMs)) throw applicationProblems.closed();
  const companyName = String((proposal.Item.company as { name?: string } | undefined)?.name ?? '');
  const invitedAt = now.toISOString();
  const invited: ProposalInvited = { proposalId, invitedAt };
  const outcome = await transactWrite(
    table,
    [
      {
        ConditionCheck: {
          TableName: table.name,
          Key: keys.campaignMeta(campaignId),
          ConditionExpression: 'published = :true AND closesAtMs > :now',
          ExpressionAttributeValues: { ':true': true, ':now': nowMs },
        },
      },
      {
        Update: {
          TableName: table.name,
          Key: key,
          UpdateExpression:
            'SET invitedAt = :at, invitedLanguage = :lang, invitations = if_not_exists(invitations, :zero) + :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: {
            ':at': invitedAt,
            ':lang': invitation.language,
            ':zero': 0,
            ':one': 1,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      mailPut(
        table.name,
        {
          template: 'proposal-invitation',
          to: invitation.email,
          lang: invitation.language,
          data: {
            campaignId,
            campaignSlugs: meta.slugs ?? [],
            campaignTitle: meta.title ?? {},
            companyName,
            closesAt: meta.closesAt,
          },
        },
        deps.pepper,
        now,
      ),
      activityPut(
        table.name,
        actor,
        {
          action: 'proposal.invite',
          target: { kind: 'proposal', id: proposalId, parent: campaignId },
          details: { language: invitation.language },
        },
        deps,
      ),
    ],
    recordOf(idempotency, invited, Math.floor(nowMs / 1000)),
  );
  if (outcome.ok) return invited;
  const [campaign, updated] = outcome.cancelled;
  if (campaign?.code === 'ConditionalCheckFailed') throw applicationProblems.closed();
  if (updated?.code === 'ConditionalCheckFailed') throw applicationProblems.unknownProposal();
  throw new ContentionError();
}
