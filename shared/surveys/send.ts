import { createHmac } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { newToken, sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { SurveyMailData } from '../email/survey-mails';
import type { Caller } from '../http/caller';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import { isLanguage } from '../i18n/language';
import type { RegistrationItem } from '../registrations/registration';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { transactWrite } from '../table/transact';
import { type SurveyMeta, surveyMeta, surveyState } from './survey';

export const SURVEY_AUDIENCES = ['attended', 'confirmed', 'members'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

/** Attendance is recorded on the registration (the check-in list): when the person was marked present. */
type RegistrationWithAttendance = RegistrationItem & { attendedAt?: string };

export interface SurveyDeps {
  table: Table;
  pepper: string;
  now: Date;
}

interface Recipient {
  email: string;
  language: Language;
  /** The "sent" marker's key: an HMAC of survey and address, so it names no one and fits no other survey. */
  marker: string;
}

/** "Sent" markers outlive the survey's close by a month: long enough to say how many links went out. */
const MARKER_GRACE_SECONDS = 30 * 86_400;

const markerOf = (surveyId: string, email: string, pepper: string) =>
  createHmac('sha256', pepper)
    .update(`survey-sent\n${surveyId}\n${email.trim().toLowerCase()}`)
    .digest('base64url');

export const unknownSurvey = () =>
  problem('not-found', {
    detail: {
      sv: 'Enkäten finns inte eller är inte publicerad.',
      fi: 'Kyselyä ei ole olemassa tai sitä ei ole julkaistu.',
      en: 'The survey does not exist or is not published.',
    },
  });

const refusals = {
  closed: {
    sv: 'Enkäten är inte öppen: den kan skickas bara medan den tar emot svar.',
    fi: 'Kysely ei ole auki: sen voi lähettää vain, kun siihen voi vastata.',
    en: 'The survey is not open: it can be sent only while it takes answers.',
  },
  noEvents: {
    sv: 'Enkäten är inte kopplad till något evenemang. Skicka den till nätverkets medlemmar.',
    fi: 'Kyselyä ei ole liitetty tapahtumaan. Lähetä se verkoston jäsenille.',
    en: 'The survey is linked to no event. Send it to the network’s members.',
  },
  audience: {
    sv: 'Välj vem enkäten skickas till.',
    fi: 'Valitse, kenelle kysely lähetetään.',
    en: 'Choose who the survey goes to.',
  },
} as const;

async function queryAll(table: Table, pk: string, prefix: string, filter?: Record<string, unknown>) {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ...(filter
          ? {
              FilterExpression: Object.keys(filter)
                .map((name) => `#${name} = :${name}`)
                .join(' AND '),
              ExpressionAttributeNames: Object.fromEntries(Object.keys(filter).map((n) => [`#${n}`, n])),
            }
          : {}),
        ExpressionAttributeValues: {
          ':pk': pk,
          ':prefix': prefix,
          ...Object.fromEntries(Object.entries(filter ?? {}).map(([n, v]) => [`:${n}`, v])),
        },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The linked events' registrations that were attended (a check-in recorded) or are confirmed. */
async function registrants(
  table: Table,
  meta: SurveyMeta,
  audience: 'attended' | 'confirmed',
  events: readonly string[] = meta.events,
) {
  const lists = await Promise.all(
    events.map((eventId) =>
      queryAll(table, keys.eventMeta(eventId).pk, keys.registrationPrefix, { type: 'registration' }),
    ),
  );
  return (lists.flat() as unknown as RegistrationWithAttendance[]).filter((r) =>
    audience === 'attended' ? !!r.attendedAt && r.status !== 'cancelled' : r.status === 'confirmed',
  );
}

/** Whether any registration of the survey's events has its attendance recorded. */
export async function attendanceRecorded(table: Table, meta: SurveyMeta, events = meta.events) {
  return (await registrants(table, meta, 'attended', events)).length > 0;
}

/** The people of an audience, one each however many linked events they came to, with their markers. */
async function recipientsOf(
  deps: SurveyDeps,
  meta: SurveyMeta,
  audience: SurveyAudience,
  events?: readonly string[],
): Promise<Recipient[]> {
  const people =
    audience === 'members'
      ? await queryAll(deps.table, keys.member('').pk, keys.memberPrefix, { status: 'active' })
      : await registrants(deps.table, meta, audience, events);
  const byAddress = new Map<string, Recipient>();
  for (const person of people) {
    const email = String(person.email ?? '');
    if (!email) continue;
    const normalized = email.trim().toLowerCase();
    if (byAddress.has(normalized)) continue;
    const language = isLanguage(String(person.language)) ? (person.language as Language) : 'sv';
    byAddress.set(normalized, { email, language, marker: markerOf(meta.documentId, email, deps.pepper) });
  }
  return [...byAddress.values()];
}

async function sentMarkers(table: Table, surveyId: string) {
  const items = await queryAll(table, keys.surveyMeta(surveyId).pk, keys.surveySentPrefix);
  return new Set(items.map((i) => String(i.sk).slice(keys.surveySentPrefix.length)));
}

function checkSendable(meta: SurveyMeta | undefined, audience: string, now: Date, lang: Language) {
  if (!meta) throw unknownSurvey();
  const refuse = (message: string) => problem('invalid-input', { errors: [{ path: 'audience', message }] });
  if (!SURVEY_AUDIENCES.includes(audience as SurveyAudience)) throw refuse(refusals.audience[lang]);
  if (surveyState(meta, now) !== 'open') throw refuse(refusals.closed[lang]);
  if (audience !== 'members' && !meta.events.length) throw refuse(refusals.noEvents[lang]);
  return meta;
}

/** The confirmation step: how many people the audience has, and how many of them already have a link. */
export async function previewSending(
  deps: SurveyDeps,
  surveyId: string,
  audience: string,
  lang: Language = 'sv',
) {
  const meta = checkSendable(await surveyMeta(deps.table, surveyId), audience, deps.now, lang);
  const [recipients, sent] = await Promise.all([
    recipientsOf(deps, meta, audience as SurveyAudience),
    sentMarkers(deps.table, surveyId),
  ]);
  const already = recipients.filter((r) => sent.has(r.marker)).length;
  return {
    audience: audience as SurveyAudience,
    total: recipients.length,
    alreadySent: already,
    toSend: recipients.length - already,
  };
}

/** At most this many transactions at once, so a large audience does not flood the table. */
const CONCURRENCY = 8;

/**
 * Sends the survey to an audience: for each person not sent it yet, ONE transaction puts a link token
 * (SURVEYTOKEN#<sha256>: the survey and the expiry only), the person's "sent" marker (conditional, so
 * sending again, or twice at once, mails no one twice) and the mail with the link sealed inside, and,
 * when a staff member sends it, the activity entry. Nothing written links the token to the marker or
 * the person: the mail item alone holds both, and the notifier's TTL removes it within a week.
 */
export async function sendSurvey(
  deps: SurveyDeps,
  surveyId: string,
  audience: string,
  options: {
    actor?: Caller;
    lang?: Language;
    /** Only these of the linked events' registrants (the automatic sending, event by event). */
    events?: readonly string[];
  } = {},
) {
  const { table, now } = deps;
  const meta = checkSendable(await surveyMeta(table, surveyId), audience, now, options.lang ?? 'sv');
  const [recipients, sent] = await Promise.all([
    recipientsOf(deps, meta, audience as SurveyAudience, options.events),
    sentMarkers(table, surveyId),
  ]);
  const pending = recipients.filter((r) => !sent.has(r.marker));
  const closesAtSeconds = Math.floor(meta.closesAtMs / 1000);
  const data: Omit<SurveyMailData, 'secrets'> = { surveyTitle: meta.title, closesAt: meta.closesAt };
  let created = 0;
  let existing = recipients.length - pending.length;
  const sendOne = async (r: Recipient) => {
    const token = newToken();
    const outcome = await transactWrite(table, [
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.surveyToken(sha256(token)),
            type: 'surveyToken',
            surveyId,
            expiresAt: closesAtSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.surveySent(surveyId, r.marker),
            type: 'surveySent',
            expiresAt: closesAtSeconds + MARKER_GRACE_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      mailPut(
        table.name,
        { template: 'survey-invitation', to: r.email, lang: r.language, data, secrets: { token } },
        deps.pepper,
        now,
      ),
      ...(options.actor
        ? [
            activityPut(
              table.name,
              options.actor,
              { action: 'survey.send', target: { kind: 'survey', id: surveyId }, details: { audience } },
              deps,
            ),
          ]
        : []),
    ]);
    if (outcome.ok) created++;
    else existing++;
  };
  for (let i = 0; i < pending.length; i += CONCURRENCY)
    await Promise.all(pending.slice(i, i + CONCURRENCY).map(sendOne));
  return {
    audience: audience as SurveyAudience,
    total: recipients.length,
    sent: created,
    alreadySent: existing,
  };
}
