import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../content/event-status';
import { keys } from '../table/keys';
import { attendanceRecorded, type SurveyDeps, sendSurvey } from './send';
import { surveySettings } from './settings';
import { listSurveys, surveyState } from './survey';

const HOUR_MS = 3_600_000;

/**
 * The scheduled sending: every open survey marked for automatic sending goes, once per linked event,
 * the settings' hours after that event ends, to that event's attended registrants when any attendance
 * was recorded for it, else to its confirmed registrants. An AUTOSENT#<event> item records that an
 * event is done, so later runs skip it; the per-person "sent" markers keep a run that stopped halfway
 * (or a coordinator's earlier sending) from mailing anyone twice.
 */
export async function scheduledSurveySending(deps: SurveyDeps) {
  const { table, now } = deps;
  const settings = await surveySettings(table);
  const results: { surveyId: string; eventId: string; audience: string; sent: number }[] = [];
  for (const survey of await listSurveys(table)) {
    if (!survey.autoSend || surveyState(survey, now) !== 'open') continue;
    for (const eventId of survey.events) {
      const event = (
        await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId) }))
      ).Item as EventMeta | undefined;
      if (!event?.published || event.cancelled || !event.endsAtMs) continue;
      if (now.getTime() < event.endsAtMs + settings.sendAfterHours * HOUR_MS) continue;
      const done = await table.doc.send(
        new GetCommand({
          TableName: table.name,
          Key: keys.surveyAutoSent(survey.documentId, eventId),
          ConsistentRead: true,
        }),
      );
      if (done.Item) continue;
      const audience = (await attendanceRecorded(table, survey, [eventId])) ? 'attended' : 'confirmed';
      const outcome = await sendSurvey(deps, survey.documentId, audience, { events: [eventId] });
      await table.doc.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...keys.surveyAutoSent(survey.documentId, eventId),
            type: 'surveyAutoSent',
            audience,
            sent: outcome.sent,
            at: now.toISOString(),
            expiresAt: Math.floor(survey.closesAtMs / 1000) + 30 * 86_400,
          },
        }),
      );
      results.push({ surveyId: survey.documentId, eventId, audience, sent: outcome.sent });
    }
  }
  return results;
}
