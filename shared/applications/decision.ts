import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { applicationMails } from '../email/application-mails';
import type { RenderedMail } from '../email/templates';
import type { Caller } from '../http/caller';
import { type Idempotency, recordOf } from '../http/idempotency';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, transactWrite } from '../table/transact';
import type { ApplicationItem, Decision } from './application';
import { applicationMail, applicationMailData } from './application-items';
import { applicationProblems } from './application-problems';
import { type CampaignMeta, readCampaign } from './campaign';
import { MAX_VALIDATIONS } from './submit';

/** The decision as it now stands on the application. */
export interface ApplicationDecided {
  applicationId: string;
  decision: Decision;
}

/**
 * POST /admin/campaigns/{campaignId}/applications/{applicationId}/decision: the coordinator records
 * shortlisted, winner or not-selected on a submitted application, and in the same transaction the
 * contact is mailed the decision in their language and the staff member's activity entry is written.
 * Deciding the same again answers the same, mails and records nothing; a changed decision is mailed.
 * A decided application can no longer be edited.
 */
export async function decideApplication(
  deps: { table: Table; pepper: string; now: Date },
  campaignId: string,
  applicationId: string,
  decision: Decision,
  actor: Caller,
  idempotency: Idempotency<ApplicationDecided> | undefined,
): Promise<ApplicationDecided> {
  const { table, now } = deps;
  const decided: ApplicationDecided = { applicationId, decision };
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const [meta, found] = await Promise.all([
      readCampaign(table, campaignId),
      table.doc.send(
        new GetCommand({
          TableName: table.name,
          Key: keys.application(campaignId, applicationId),
          ConsistentRead: true,
        }),
      ),
    ]);
    const current = found.Item as ApplicationItem | undefined;
    if (!current) throw applicationProblems.unknownApplication();
    if (current.status !== 'submitted') throw applicationProblems.notSubmitted();
    if (current.decision === decision) return decided;

    const updated: ApplicationItem = { ...current, decision, decidedAt: now.toISOString() };
    const outcome = await transactWrite(
      table,
      [
        {
          Update: {
            TableName: table.name,
            Key: keys.application(campaignId, applicationId),
            UpdateExpression: 'SET decision = :decision, decidedAt = :now, decidedBy = :by, revision = :next',
            ConditionExpression: 'revision = :revision AND #status = :submitted',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':decision': decision,
              ':now': now.toISOString(),
              ':by': actor.subject,
              ':next': current.revision + 1,
              ':revision': current.revision,
              ':submitted': 'submitted',
            },
          },
        },
        applicationMail(
          table,
          'application-decision',
          updated,
          meta ?? { title: {}, closesAt: now.toISOString() },
          deps,
        ),
        activityPut(
          table.name,
          actor,
          {
            action: 'application.decide',
            target: { kind: 'application', id: applicationId, parent: campaignId },
            details: { decision },
          },
          deps,
        ),
      ],
      recordOf(idempotency, decided, Math.floor(now.getTime() / 1000)),
    );
    if (outcome.ok) return decided;
    // Edited, withdrawn or decided meanwhile: read again.
  }
  throw new ContentionError();
}

/**
 * The decision mail exactly as the notifier will render it for this application (the same template and
 * data as the mail item the decision writes), in the contact's language: shown to the coordinator
 * before they decide.
 */
export function decisionMailPreview(
  item: ApplicationItem,
  meta: Pick<CampaignMeta, 'title' | 'closesAt'>,
  decision: Decision,
): RenderedMail & { to: string; lang: Language } {
  const data = applicationMailData('application-decision', { ...item, decision }, meta);
  const lang = item.contact.language;
  return { to: item.contact.email, lang, ...applicationMails['application-decision'](data, lang) };
}
