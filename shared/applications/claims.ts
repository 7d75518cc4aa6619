import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { ulid } from '../crypto';
import type { Caller } from '../http/caller';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import type { ApplicationItem, ApplicationStatus } from './application';
import { applicationProblems } from './application-problems';
import { MAX_VALIDATIONS } from './submit';

/** CAMPAIGN#<id>/CLAIMRELEASE#<ulid>: a coordinator's release of a claim, kept as long as the application. */
export interface ClaimReleased {
  releaseId: string;
  campaignId: string;
  businessId: string;
  /** The application that held the claim, and its status after the release (absent if it is gone). */
  applicationId: string;
  applicationStatus?: ApplicationStatus;
  releasedBy: string;
  releasedAt: string;
  reason: string;
}

/**
 * DELETE /admin/campaigns/{campaignId}/business-ids/{businessId}?reason=: a coordinator frees a
 * Business ID that the wrong application holds (someone else's company, a test), so the company can
 * submit. One transaction: the claim goes (condition: still the application read), the application
 * that held it, if submitted, falls back to a draft (out of the jury's list and the ranking; it can be
 * submitted again only by claiming the Business ID anew, 409 once the real company has), and the
 * release is recorded with who, when, why and which application, and so is the staff activity entry
 * (`businessId.release`). A decided application keeps its claim (409): its decision was made and mailed
 * on it.
 */
export async function releaseBusinessId(
  deps: { table: Table; now: Date; pepper: string },
  campaignId: string,
  businessId: string,
  caller: Caller,
  reason: string,
): Promise<ClaimReleased> {
  const { table, now } = deps;
  for (let attempt = 0; attempt < MAX_VALIDATIONS * 2; attempt++) {
    const marker = (
      await table.doc.send(
        new GetCommand({
          TableName: table.name,
          Key: keys.businessIdMarker(campaignId, businessId),
          ConsistentRead: true,
        }),
      )
    ).Item;
    if (!marker) throw applicationProblems.unclaimed();
    const applicationId = String(marker.applicationId);
    const holder = (
      await table.doc.send(
        new GetCommand({
          TableName: table.name,
          Key: keys.application(campaignId, applicationId),
          ConsistentRead: true,
        }),
      )
    ).Item as ApplicationItem | undefined;
    if (holder?.decision) throw applicationProblems.locked();

    const expiresAt = Number(marker.expiresAt ?? holder?.expiresAt);
    const at = now.toISOString();
    const releaseId = ulid(now.getTime());
    const unsubmits = holder?.status === 'submitted';
    const released: ClaimReleased = {
      releaseId,
      campaignId,
      businessId,
      applicationId,
      ...(holder ? { applicationStatus: unsubmits ? 'draft' : holder.status } : {}),
      releasedBy: caller.subject,
      releasedAt: at,
      reason,
    };
    const items: TransactItem[] = [
      {
        Delete: {
          TableName: table.name,
          Key: keys.businessIdMarker(campaignId, businessId),
          ConditionExpression: 'applicationId = :id',
          ExpressionAttributeValues: { ':id': applicationId },
        },
      },
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.businessIdRelease(campaignId, releaseId),
            type: 'businessIdRelease',
            ...released,
            ...(Number.isFinite(expiresAt) ? { expiresAt } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      activityPut(
        table.name,
        caller,
        {
          action: 'businessId.release',
          target: { kind: 'businessId', id: businessId, parent: campaignId },
          details: { applicationId },
        },
        deps,
      ),
    ];
    if (holder && unsubmits) {
      items.push({
        Update: {
          TableName: table.name,
          Key: keys.application(campaignId, applicationId),
          UpdateExpression:
            'SET #status = :draft, claimReleasedAt = :now, claimReleaseId = :release, updatedAt = :now, revision = :next REMOVE submittedAt',
          ConditionExpression:
            'revision = :revision AND #status = :submitted AND attribute_not_exists(decision)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':draft': 'draft',
            ':submitted': 'submitted',
            ':now': at,
            ':release': releaseId,
            ':revision': holder.revision,
            ':next': holder.revision + 1,
          },
        },
      });
    }
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return released;
    // Released, withdrawn, edited or decided meanwhile: look again.
  }
  throw new ContentionError();
}

/**
 * For an erasure: the application's claim on its Business ID goes with it, so the company can submit
 * again. Only this application's claim (a condition); nothing to release is no error. Repeatable.
 */
export async function releaseClaimOf(table: Table, application: Record<string, unknown>) {
  const company = application.company as { businessId?: unknown } | undefined;
  if (typeof company?.businessId !== 'string') return;
  try {
    await table.doc.send(
      new DeleteCommand({
        TableName: table.name,
        Key: keys.businessIdMarker(String(application.campaignId), company.businessId),
        ConditionExpression: 'applicationId = :id',
        ExpressionAttributeValues: { ':id': application.applicationId },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
