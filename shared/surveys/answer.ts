import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sha256 } from '../crypto';
import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { transactWrite } from '../table/transact';
import { answerExpiry, surveySettings } from './settings';
import {
  type AnswerValue,
  type SurveyAnswerItem,
  type SurveyMeta,
  type SurveyQuestion,
  surveyMeta,
  surveyState,
} from './survey';

/** A free-text answer's longest length. */
export const FREE_TEXT_MAX = 4000;

/** The form field of a question: `q-<key>`. */
export const questionField = (q: Pick<SurveyQuestion, 'key'>) => `q-${q.key}`;

export type LinkState = { ok: true; meta: SurveyMeta } | { ok: false; reason: 'gone' | 'notYetOpen' };

/**
 * What a survey link opens: the survey while the link is unused, unexpired and the survey open. An
 * answered link's token no longer exists, so an answered, expired or never issued link, or a closed
 * survey, are all simply gone (410): the page cannot tell them apart, and says nothing about anyone.
 */
export async function openSurveyLink(table: Table, token: string, now: Date): Promise<LinkState> {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.surveyToken(sha256(token)), ConsistentRead: true }),
  );
  const item = out.Item;
  if (item?.type !== 'surveyToken' || Number(item.expiresAt) * 1000 <= now.getTime())
    return { ok: false, reason: 'gone' };
  const meta = await surveyMeta(table, String(item.surveyId));
  if (!meta) return { ok: false, reason: 'gone' };
  const state = surveyState(meta, now);
  if (state === 'closed') return { ok: false, reason: 'gone' };
  if (state === 'notYetOpen') return { ok: false, reason: 'notYetOpen' };
  return { ok: true, meta };
}

const messages = {
  required: { sv: 'Svara på frågan.', fi: 'Vastaa kysymykseen.', en: 'Answer this question.' },
  scale: {
    sv: 'Välj ett värde från 1 till 5.',
    fi: 'Valitse arvo väliltä 1–5.',
    en: 'Choose a value from 1 to 5.',
  },
  choice: {
    sv: 'Välj bland alternativen.',
    fi: 'Valitse vaihtoehdoista.',
    en: 'Choose from the options.',
  },
  tooLong: {
    sv: `Svaret får vara högst ${FREE_TEXT_MAX} tecken.`,
    fi: `Vastauksessa saa olla enintään ${FREE_TEXT_MAX} merkkiä.`,
    en: `The answer may be at most ${FREE_TEXT_MAX} characters.`,
  },
} as const;

type Raw = string | string[] | undefined;
const list = (v: Raw) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);

/**
 * The answers of a form (`q-<key>` fields) checked against the survey's questions: required questions
 * answered, a scale 1–5, choices among the options, free text at most FREE_TEXT_MAX characters.
 * Unanswered optional questions are left out.
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  form: Record<string, Raw>,
  lang: Language,
): { ok: true; answers: Record<string, AnswerValue> } | { ok: false; errors: FieldError[] } {
  const answers: Record<string, AnswerValue> = {};
  const errors: FieldError[] = [];
  for (const q of questions) {
    const path = questionField(q);
    const values = list(form[path]);
    if (!values.length) {
      if (q.required) errors.push({ path, message: messages.required[lang] });
      continue;
    }
    const allowed = q.options.map((o) => o.value);
    switch (q.kind) {
      case 'scale': {
        const n = Number(values[0]);
        if (values.length !== 1 || !Number.isInteger(n) || n < 1 || n > 5)
          errors.push({ path, message: messages.scale[lang] });
        else answers[q.key] = n;
        break;
      }
      case 'singleChoice':
        if (values.length !== 1 || !allowed.includes(values[0] as string))
          errors.push({ path, message: messages.choice[lang] });
        else answers[q.key] = values[0] as string;
        break;
      case 'multipleChoice': {
        const chosen = [...new Set(values)];
        if (chosen.some((v) => !allowed.includes(v))) errors.push({ path, message: messages.choice[lang] });
        else answers[q.key] = allowed.filter((v) => chosen.includes(v));
        break;
      }
      default: {
        const text = (Array.isArray(form[path]) ? values.join('\n') : String(form[path] ?? '')).trim();
        if ([...text].length > FREE_TEXT_MAX) errors.push({ path, message: messages.tooLong[lang] });
        else answers[q.key] = text;
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

/**
 * Stores an answer and spends its link in ONE transaction: the anonymous answer item is put, and the
 * token deleted on the condition that it still exists and has not expired. Two posts of the same link
 * at once: one answer, the other gone. The answer carries no person, token or time (see SurveyAnswerItem).
 */
export async function answerSurvey(
  deps: { table: Table; now: Date },
  token: string,
  meta: SurveyMeta,
  answers: Record<string, AnswerValue>,
): Promise<{ ok: true } | { ok: false; reason: 'gone' }> {
  const { table, now } = deps;
  const settings = await surveySettings(table);
  const answerId = randomBytes(16).toString('base64url');
  const item: SurveyAnswerItem = {
    type: 'surveyAnswer',
    surveyId: meta.documentId,
    answers,
    expiresAt: answerExpiry(meta.closesAtMs, settings.answerDays),
  };
  const outcome = await transactWrite(table, [
    {
      Put: {
        TableName: table.name,
        Item: { ...keys.surveyAnswer(meta.documentId, answerId), ...item },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Delete: {
        TableName: table.name,
        Key: keys.surveyToken(sha256(token)),
        ConditionExpression: 'attribute_exists(pk) AND surveyId = :survey AND expiresAt > :now',
        ExpressionAttributeValues: { ':survey': meta.documentId, ':now': Math.floor(now.getTime() / 1000) },
      },
    },
  ]);
  return outcome.ok ? { ok: true } : { ok: false, reason: 'gone' };
}
