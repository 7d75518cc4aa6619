import { pick } from '../content/localize';
import { csvText } from '../csv';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { surveySettings } from './settings';
import {
  type AnswerValue,
  type SurveyAnswerItem,
  type SurveyQuestion,
  surveyAnswers,
  surveyCounts,
  surveyMeta,
} from './survey';

/** A 1–5 scale's answers: how many gave each value (index 0 is 1), their mean and median. */
export interface ScaleStats {
  count: number;
  distribution: [number, number, number, number, number];
  mean: number | undefined;
  median: number | undefined;
}

export function scaleStats(values: readonly number[]): ScaleStats {
  const valid = values.filter((v) => Number.isInteger(v) && v >= 1 && v <= 5);
  const distribution: ScaleStats['distribution'] = [0, 0, 0, 0, 0];
  for (const v of valid) distribution[v - 1] = (distribution[v - 1] ?? 0) + 1;
  return { count: valid.length, distribution, mean: mean(valid), median: median(valid) };
}

export function mean(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * How many chose each option, in the options' order (a value no longer offered is left out); for a
 * multiple-choice question each answer may count for several options.
 */
export function choiceCounts(
  answers: readonly (string | readonly string[])[],
  options: readonly string[],
): { value: string; count: number }[] {
  const counts = new Map(options.map((o) => [o, 0]));
  for (const answer of answers) {
    for (const value of new Set(typeof answer === 'string' ? [answer] : answer)) {
      const n = counts.get(value);
      if (n !== undefined) counts.set(value, n + 1);
    }
  }
  return options.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

export type QuestionResult =
  | { key: string; kind: 'scale'; answered: number; stats: ScaleStats }
  | {
      key: string;
      kind: 'singleChoice' | 'multipleChoice';
      answered: number;
      counts: { value: string; count: number }[];
    }
  | { key: string; kind: 'freeText'; answered: number; texts: string[] };

const given = (v: AnswerValue | undefined) =>
  v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Per question: the distribution, mean and median of a scale, choice counts, the free texts. */
export function questionResults(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswerItem[],
): QuestionResult[] {
  return questions.map((q) => {
    const values = answers.map((a) => a.answers[q.key]).filter(given) as AnswerValue[];
    switch (q.kind) {
      case 'scale':
        return { key: q.key, kind: q.kind, answered: values.length, stats: scaleStats(values.map(Number)) };
      case 'singleChoice':
      case 'multipleChoice':
        return {
          key: q.key,
          kind: q.kind,
          answered: values.length,
          counts: choiceCounts(
            values.map((v) => (Array.isArray(v) ? v : String(v))),
            q.options.map((o) => o.value),
          ),
        };
      default:
        // Free texts in a fixed order (by text), so their order says nothing about who answered when.
        return {
          key: q.key,
          kind: 'freeText',
          answered: values.length,
          texts: values.map(String).sort((a, b) => a.localeCompare(b)),
        };
    }
  });
}

/**
 * The answers as CSV: one column per question (its label in `lang`), one row per answer, choices by
 * their labels. No identity column of any kind: no person, no answer id, no time.
 */
export function answersCsv(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswerItem[],
  lang: Language,
): Promise<string> {
  const header = questions.map((q) => pick(q.label, lang) ?? q.key);
  const label = (q: SurveyQuestion, value: string) =>
    pick(q.options.find((o) => o.value === value)?.label, lang) ?? value;
  async function* rows() {
    for (const a of answers)
      yield questions.map((q) => {
        const v = a.answers[q.key];
        if (v === undefined) return '';
        if (Array.isArray(v)) return v.map((x) => label(q, x));
        return q.kind === 'singleChoice' ? label(q, String(v)) : v;
      });
  }
  return csvText(header, rows());
}

/**
 * A survey's results for the console: the answers counted (Queries on its partition) and, once there
 * are at least the settings' minimum, the per-question results. Below it nothing but the count, so a
 * handful of answers can never be told apart.
 */
export async function surveyResults(table: Table, surveyId: string) {
  const [meta, settings, answers, counts] = await Promise.all([
    surveyMeta(table, surveyId),
    surveySettings(table),
    surveyAnswers(table, surveyId),
    surveyCounts(table, surveyId),
  ]);
  if (!meta) return undefined;
  const shown = answers.length >= settings.minAnswers;
  return {
    meta,
    answerCount: answers.length,
    sentCount: counts.sent,
    minAnswers: settings.minAnswers,
    shown,
    questions: shown ? questionResults(meta.questions, answers) : undefined,
    answers: shown ? answers : undefined,
  };
}
