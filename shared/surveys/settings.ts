import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

/** The settings' survey group (Studio: settings → Surveys), with the defaults docs/SURVEYS.md names. */
export interface SurveySettings {
  /** Results are shown once a survey has at least this many answers (fewer could identify people). */
  minAnswers: number;
  /** Hours after a linked event ends that the survey goes out automatically. */
  sendAfterHours: number;
  /** Days the anonymous answers are kept after the survey closes. */
  answerDays: number;
}

export const SURVEY_DEFAULTS: SurveySettings = { minAnswers: 5, sendAfterHours: 24, answerDays: 730 };

const wholeAtLeast = (value: unknown, min: number, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : fallback;
};

/** From the operational copy of the settings; the defaults where a value is missing or not synced yet. */
export async function surveySettings(table: Table): Promise<SurveySettings> {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.contentSnapshot('settings') }),
  );
  const s = (out.Item?.surveys ?? {}) as Record<string, unknown>;
  return {
    minAnswers: wholeAtLeast(s.minAnswers, 1, SURVEY_DEFAULTS.minAnswers),
    sendAfterHours: wholeAtLeast(s.sendAfterHours, 0, SURVEY_DEFAULTS.sendAfterHours),
    answerDays: wholeAtLeast(s.answerDays, 1, SURVEY_DEFAULTS.answerDays),
  };
}

/** When an answer to a survey expires: its close plus the retention days (not the moment of answering). */
export const answerExpiry = (closesAtMs: number, answerDays: number) =>
  Math.floor(closesAtMs / 1000) + answerDays * 86_400;
