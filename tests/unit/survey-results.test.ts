import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../shared/surveys/answer';
import { choiceCounts, mean, median, questionResults, scaleStats } from '../../shared/surveys/results';
import type { AnswerValue, SurveyQuestion } from '../../shared/surveys/survey';

const questions: SurveyQuestion[] = [
  { key: 'overall', kind: 'scale', label: { sv: 'Helhet' }, required: true, options: [] },
  {
    key: 'heard',
    kind: 'singleChoice',
    label: { sv: 'Hur?' },
    required: false,
    options: [
      { value: 'email', label: { sv: 'E-post' } },
      { value: 'web', label: { sv: 'Webben' } },
    ],
  },
  {
    key: 'themes',
    kind: 'multipleChoice',
    label: { sv: 'Teman' },
    required: false,
    options: [
      { value: 'work', label: { sv: 'Arbete' } },
      { value: 'school', label: { sv: 'Skola' } },
    ],
  },
  { key: 'better', kind: 'freeText', label: { sv: 'Bättre?' }, required: false, options: [] },
];

describe('survey result figures (hand-computed)', () => {
  it('scale 1, 2, 2, 3, 5: distribution [1,2,1,0,1], mean 13/5 = 2.6, median 2', () => {
    expect(scaleStats([1, 2, 2, 3, 5])).toEqual({
      count: 5,
      distribution: [1, 2, 1, 0, 1],
      mean: 2.6,
      median: 2,
    });
  });

  it('an even count: the median of 4, 1, 3, 5 is (3 + 4) / 2 = 3.5 and the mean 13/4 = 3.25', () => {
    expect(median([4, 1, 3, 5])).toBe(3.5);
    expect(mean([4, 1, 3, 5])).toBe(3.25);
  });

  it('no answers: no mean, no median, an empty distribution; values off the scale are not counted', () => {
    expect(scaleStats([])).toEqual({
      count: 0,
      distribution: [0, 0, 0, 0, 0],
      mean: undefined,
      median: undefined,
    });
    expect(scaleStats([0, 6, 2.5, 4])).toEqual({
      count: 1,
      distribution: [0, 0, 0, 1, 0],
      mean: 4,
      median: 4,
    });
  });

  it('counts choices in the options’ order, each answer once per option, unknown values left out', () => {
    expect(choiceCounts(['web', ['work', 'web', 'web'], 'gone', 'email'], ['email', 'web', 'work'])).toEqual([
      { value: 'email', count: 1 },
      { value: 'web', count: 2 },
      { value: 'work', count: 1 },
    ]);
  });

  it('per question: scale figures, choice counts, free texts sorted; unanswered questions count no one', () => {
    const answers = (
      [
        { overall: 4, heard: 'web', themes: ['work'], better: 'Ö' },
        { overall: 2, themes: ['work', 'school'], better: 'A' },
        { overall: 3 },
      ] as Record<string, AnswerValue>[]
    ).map((a) => ({ type: 'surveyAnswer' as const, surveyId: 's', answers: a, expiresAt: 0 }));
    expect(questionResults(questions, answers)).toEqual([
      {
        key: 'overall',
        kind: 'scale',
        answered: 3,
        stats: { count: 3, distribution: [0, 1, 1, 1, 0], mean: 3, median: 3 },
      },
      {
        key: 'heard',
        kind: 'singleChoice',
        answered: 1,
        counts: [
          { value: 'email', count: 0 },
          { value: 'web', count: 1 },
        ],
      },
      {
        key: 'themes',
        kind: 'multipleChoice',
        answered: 2,
        counts: [
          { value: 'work', count: 2 },
          { value: 'school', count: 1 },
        ],
      },
      { key: 'better', kind: 'freeText', answered: 2, texts: ['A', 'Ö'] },
    ]);
  });
});

describe('checking a survey form', () => {
  it('names each field in error: a required scale left out, a scale off 1–5, a choice not offered', () => {
    const result = checkAnswers(questions, { 'q-heard': 'radio', 'q-themes': ['work', 'nope'] }, 'fi');
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'q-overall', message: 'Vastaa kysymykseen.' },
        { path: 'q-heard', message: 'Valitse vaihtoehdoista.' },
        { path: 'q-themes', message: 'Valitse vaihtoehdoista.' },
      ],
    });
    expect(checkAnswers(questions, { 'q-overall': '6' }, 'sv')).toEqual({
      ok: false,
      errors: [{ path: 'q-overall', message: 'Välj ett värde från 1 till 5.' }],
    });
  });

  it('keeps the answers given, in the survey’s terms, and leaves unanswered optional ones out', () => {
    expect(
      checkAnswers(
        questions,
        { 'q-overall': '3', 'q-themes': ['school', 'work'], 'q-better': '  Bra ' },
        'en',
      ),
    ).toEqual({ ok: true, answers: { overall: 3, themes: ['work', 'school'], better: 'Bra' } });
  });
});
