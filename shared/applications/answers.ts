import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import { type FieldMessageKey, fieldMessages } from '../i18n/field-messages';
import { issuePlurals } from '../i18n/issue-messages';
import { pluralText } from '../i18n/plural';
import type { AnswerValue } from './application';
import type { CampaignQuestion } from './campaign';

/** Upper bounds where the editor set none, so no answer can grow without limit. */
const DEFAULT_MAX_LENGTH: Record<string, number> = { text: 500, longText: 10_000, url: 2_000 };

export const isHttpsUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
};

type Check = { value: AnswerValue } | { error: FieldMessageKey; max?: number };

function checkValue(question: CampaignQuestion, raw: AnswerValue): Check {
  const max = question.maxLength ?? DEFAULT_MAX_LENGTH[question.type];
  switch (question.type) {
    case 'text':
    case 'longText':
    case 'url': {
      if (typeof raw !== 'string') return { error: question.type === 'url' ? 'httpsUrl' : 'answerText' };
      const value = raw.trim();
      if (max !== undefined && value.length > max) return { error: 'answerTooLong', max };
      if (question.type === 'url' && !isHttpsUrl(value)) return { error: 'httpsUrl' };
      return { value };
    }
    case 'singleChoice':
      return typeof raw === 'string' && question.options.includes(raw)
        ? { value: raw }
        : { error: 'answerChoice' };
    case 'multiChoice': {
      const ok =
        Array.isArray(raw) &&
        raw.every((v) => typeof v === 'string' && question.options.includes(v)) &&
        new Set(raw).size === raw.length;
      return ok ? { value: raw } : { error: 'answerChoices' };
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? { value: raw } : { error: 'answerNumber' };
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { error: 'answerBoolean' };
    default:
      // A question type this code does not know yet: take text, the safest reading.
      return typeof raw === 'string' ? { value: raw.trim() } : { error: 'answerText' };
  }
}

/** Null, blank text and an empty choice list are "not answered" (a form sends them for empty fields). */
const isBlank = (value: AnswerValue | null | undefined) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const message = (key: FieldMessageKey, lang: Language, max?: number) =>
  key === 'answerTooLong' && max !== undefined
    ? pluralText(issuePlurals.answerTooLong, lang, max)
    : fieldMessages[key][lang];

/**
 * Answers checked against the campaign's questions: no unknown key, each value of its question's type
 * (a listed option, https for a URL, within the maximum length). Required questions must be answered
 * only when `complete` (submitting), so a draft may be saved half-done. Every fault is listed as
 * `answers.<key>`, in the request's language.
 */
export function validateAnswers(
  questions: readonly CampaignQuestion[],
  answers: Record<string, AnswerValue | null>,
  complete: boolean,
  lang: Language,
): { answers: Record<string, AnswerValue>; errors: FieldError[] } {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const errors: FieldError[] = [];
  const valid: Record<string, AnswerValue> = {};
  for (const [key, raw] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      errors.push({ path: `answers.${key}`, message: message('unknownQuestion', lang) });
      continue;
    }
    if (isBlank(raw)) continue;
    const checked = checkValue(question, raw as AnswerValue);
    if ('error' in checked)
      errors.push({ path: `answers.${key}`, message: message(checked.error, lang, checked.max) });
    else valid[key] = checked.value;
  }
  if (complete) {
    for (const question of questions) {
      if (
        question.required &&
        !(question.key in valid) &&
        !errors.some((e) => e.path === `answers.${question.key}`)
      )
        errors.push({ path: `answers.${question.key}`, message: message('required', lang) });
    }
  }
  return { answers: valid, errors };
}
