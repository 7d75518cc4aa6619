import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sha256 } from '../crypto';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import { type ApplicationInput, type ApplicationItem, applicationExpiry } from './application';
import { checkApplication } from './application-check';
import {
  applicationMail,
  applicationRecord,
  businessIdMarkerPut,
  businessIdMarkerRelease,
} from './application-items';
import { applicationProblems } from './application-problems';
import { campaignCheckFailure, campaignOpenCheck, isOpen, readCampaign } from './campaign';
import { type ApplicationDeps, MAX_VALIDATIONS } from './submit';

/** What an edit link stands for: its token's hash looked up with GetItem (never a GSI). It never changes. */
async function tokenTarget(table: Table, token: string) {
  const found = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }),
  );
  if (found.Item?.kind !== 'application') throw applicationProblems.unknownToken();
  return found.Item as { campaignId: string; applicationId: string };
}

async function readApplication(table: Table, target: { campaignId: string; applicationId: string }) {
  const application = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.application(target.campaignId, target.applicationId),
      ConsistentRead: true,
    }),
  );
  // Gone (erased on request, or expired): the link is as dead as an unknown one.
  if (!application.Item) throw applicationProblems.unknownToken();
  return application.Item as ApplicationItem;
}

export async function applicationByToken(table: Table, token: string): Promise<ApplicationItem> {
  return readApplication(table, await tokenTarget(table, token));
}

/** What the applicant sees: everything they gave, and the questions exactly as they answered them. */
export function applicantView(item: ApplicationItem) {
  return {
    applicationId: item.applicationId,
    campaignId: item.campaignId,
    status: item.status,
    ...(item.decision ? { decision: item.decision } : {}),
    company: item.company,
    contact: item.contact,
    answers: item.answers,
    questions: item.questions,
    sourceRev: item.sourceRev,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.submittedAt ? { submittedAt: item.submittedAt } : {}),
    ...(item.withdrawnAt ? { withdrawnAt: item.withdrawnAt } : {}),
  };
}

export const viewApplication = async (table: Table, token: string) =>
  applicantView(await applicationByToken(table, token));

/** Changes only while nothing final happened: not withdrawn, not decided, and not changed since read. */
const unchangedSinceRead = (item: ApplicationItem) => ({
  ConditionExpression:
    'revision = :revision AND #status IN (:draft, :submitted) AND attribute_not_exists(decision)',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':revision': item.revision, ':draft': 'draft', ':submitted': 'submitted' },
  ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
});

/**
 * PUT /applications/{token}: the same body as the POST, validated anew against the campaign as it is
 * now, until the window closes (409 after). A draft becomes submitted with `submit: true`; a submitted
 * application stays submitted whatever `submit` says (it cannot fall back to a draft, so every required
 * answer must stay answered) and its contact gets the changed copy. Submitting claims the Business ID
 * in the same transaction (409 if that company has submitted already); a submitted application that
 * corrects its Business ID moves its claim. The question snapshot follows the version the answers were
 * validated against now.
 */
export async function editApplication(
  deps: ApplicationDeps,
  token: string,
  input: ApplicationInput,
  lang: Language,
) {
  const { table, now } = deps;
  const nowMs = now.getTime();
  const target = await tokenTarget(table, token);
  for (let attempt = 0; attempt < MAX_VALIDATIONS * 2; attempt++) {
    // The application and its campaign at once: the token already names both.
    const [current, meta] = await Promise.all([
      readApplication(table, target),
      readCampaign(table, target.campaignId),
    ]);
    if (current.status === 'withdrawn' || current.decision) throw applicationProblems.locked();
    if (!meta || !isOpen(meta, nowMs)) throw applicationProblems.closed();
    const status = current.status === 'submitted' || input.submit ? 'submitted' : 'draft';
    const checked = checkApplication(meta, input, status === 'submitted', lang);
    if (checked.errors.length) throw applicationProblems.invalid(checked.errors);

    const expiresAt = applicationExpiry(meta, deps.applicationDays);
    const item = applicationRecord({
      campaignId: current.campaignId,
      applicationId: current.applicationId,
      input,
      answers: checked.answers,
      meta,
      status,
      previous: current,
      now,
      expiresAt,
      pepper: deps.pepper,
    });
    // Only a submitted application holds a claim: submitting claims (or refreshes its own claim, with
    // the application's new expiry), and a submitted application that corrects its Business ID gives
    // the old one up. A draft stays unclaimed whatever its Business ID.
    const claims = status === 'submitted';
    const releasesOld =
      current.status === 'submitted' && current.company.businessId !== input.company.businessId;
    const items: TransactItem[] = [
      campaignOpenCheck(table, meta, nowMs),
      { Put: { TableName: table.name, Item: item, ...unchangedSinceRead(current) } },
      ...(claims
        ? [
            businessIdMarkerPut(
              table,
              current.campaignId,
              input.company.businessId,
              current.applicationId,
              expiresAt,
              now,
            ),
          ]
        : []),
      ...(releasesOld
        ? [
            businessIdMarkerRelease(
              table,
              current.campaignId,
              current.company.businessId,
              current.applicationId,
            ),
          ]
        : []),
    ];
    if (status === 'submitted') {
      const template = current.status === 'submitted' ? 'application-updated' : 'application-receipt';
      items.push(applicationMail(table, template, item, meta, deps, token));
    }
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return applicantView(item);

    const [campaign, application, marker] = outcome.cancelled;
    if (campaign?.code === 'ConditionalCheckFailed') {
      if (campaignCheckFailure(campaign.old, meta, nowMs) !== 'changed') throw applicationProblems.closed();
      continue;
    }
    if (claims && marker?.code === 'ConditionalCheckFailed') throw applicationProblems.duplicate();
    if (application?.code === 'ConditionalCheckFailed') {
      if (!application.old) throw applicationProblems.unknownToken();
      // Withdrawn or decided meanwhile: the next round answers 409; merely edited: validate again.
    }
  }
  throw new ContentionError();
}

/** Whether the application holds the claim on its Business ID (one consistent GetItem of the marker). */
async function holdsBusinessId(table: Table, application: ApplicationItem) {
  const marker = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.businessIdMarker(application.campaignId, application.company.businessId),
      ConsistentRead: true,
    }),
  );
  return marker.Item?.applicationId === application.applicationId;
}

/**
 * DELETE /applications/{token}: the application is withdrawn (kept, marked, out of the jury's list
 * and the ranking, until its retention date) and its claim on the Business ID is released in the same
 * transaction, so the company may apply again while the window is open. Allowed at any time, also
 * after closing or a decision: taking part is voluntary. Withdrawing twice answers the same.
 */
export async function withdrawApplication(deps: Omit<ApplicationDeps, 'applicationDays'>, token: string) {
  const { table, now } = deps;
  const target = await tokenTarget(table, token);
  for (let attempt = 0; attempt < MAX_VALIDATIONS * 2; attempt++) {
    const [current, meta] = await Promise.all([
      readApplication(table, target),
      readCampaign(table, target.campaignId),
    ]);
    if (current.status === 'withdrawn') return { status: 'withdrawn' as const };
    // The claim goes only if this application holds it: a draft usually holds none (one written before
    // drafts stopped claiming may), and another application's claim on the same Business ID stays.
    const holdsClaim = await holdsBusinessId(table, current);
    const withdrawn: ApplicationItem = {
      ...current,
      status: 'withdrawn',
      withdrawnAt: now.toISOString(),
      updatedAt: now.toISOString(),
      revision: current.revision + 1,
    };
    const items: TransactItem[] = [
      {
        Update: {
          TableName: table.name,
          Key: keys.application(current.campaignId, current.applicationId),
          UpdateExpression:
            'SET #status = :withdrawn, withdrawnAt = :now, updatedAt = :now, revision = :next',
          ConditionExpression: 'revision = :revision',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawn': 'withdrawn',
            ':now': now.toISOString(),
            ':next': withdrawn.revision,
            ':revision': current.revision,
          },
        },
      },
      ...(holdsClaim
        ? [
            businessIdMarkerRelease(
              table,
              current.campaignId,
              current.company.businessId,
              current.applicationId,
            ),
          ]
        : []),
    ];
    if (meta) items.push(applicationMail(table, 'application-withdrawn', withdrawn, meta, deps));
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return { status: 'withdrawn' as const };
    // Changed meanwhile (edited, decided, or withdrawn by a parallel request): look again.
  }
  throw new ContentionError();
}
