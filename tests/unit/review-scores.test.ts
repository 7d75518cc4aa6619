import { describe, expect, it } from 'vitest';
import { applicationRoutes } from '../../functions/applications/routes';
import type { CampaignCriterion } from '../../shared/applications/campaign';
import { checkScores } from '../../shared/applications/review';
import { validatePart } from '../../shared/http/validate';
import { fieldMessages } from '../../shared/i18n/field-messages';

/**
 * A juror's scores are checked in two places: the route's body schema (each score an integer 0–5) and
 * checkScores (exactly the campaign's criteria, none when a conflict is declared).
 */

const criteria: CampaignCriterion[] = [
  { key: 'policy', label: { sv: 'Policy' }, weight: 3 },
  { key: 'pay', label: { sv: 'Lön' }, weight: 2 },
];

const reviewBody = applicationRoutes.review.body!;
const parse = (body: unknown) => validatePart(reviewBody, body, '', 'en');

describe('the review body: the 0–5 scale', () => {
  it.each([0, 1, 2, 3, 4, 5])('accepts %i, on the scale', (score) => {
    // Act
    const result = parse({ scores: { policy: score }, conflictOfInterest: false });
    // Assess
    expect(result.ok).toBe(true);
  });

  it.each([
    ['below the scale', -1],
    ['above the scale', 6],
    ['not a whole number', 2.5],
    ['a string', '3'],
  ])('refuses a score %s (%j), naming the criterion', (_what, score) => {
    // Act
    const result = parse({ scores: { policy: 4, pay: score }, conflictOfInterest: false });
    // Assess
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['scores.pay']);
  });

  it('refuses a body without the conflict-of-interest answer', () => {
    // Act
    const result = parse({ scores: { policy: 4 } });
    // Assess
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['conflictOfInterest']);
  });
});

describe('checkScores: exactly the campaign’s criteria', () => {
  it('accepts one score per criterion', () => {
    // Act / Assess
    expect(checkScores(criteria, { scores: { policy: 0, pay: 5 }, conflictOfInterest: false }, 'sv')).toEqual(
      [],
    );
  });

  it('names every criterion without a score, in the language asked for', () => {
    // Act
    const errors = checkScores(criteria, { scores: {}, conflictOfInterest: false }, 'fi');
    // Assess
    expect(errors).toEqual([
      { path: 'scores.policy', message: fieldMessages.scoreMissing.fi },
      { path: 'scores.pay', message: fieldMessages.scoreMissing.fi },
    ]);
  });

  it('treats no scores object at all as every score missing', () => {
    // Act
    const errors = checkScores(criteria, { conflictOfInterest: false }, 'en');
    // Assess
    expect(errors.map((e) => e.path)).toEqual(['scores.policy', 'scores.pay']);
  });

  it('names a score for a criterion the campaign does not have, besides the missing one', () => {
    // Act
    const errors = checkScores(
      criteria,
      { scores: { policy: 3, salary: 4 }, conflictOfInterest: false },
      'en',
    );
    // Assess
    expect(errors).toEqual([
      { path: 'scores.salary', message: fieldMessages.unknownCriterion.en },
      { path: 'scores.pay', message: fieldMessages.scoreMissing.en },
    ]);
  });

  it('a declared conflict needs no scores, and any scores sent with it are not checked', () => {
    // Act / Assess
    expect(checkScores(criteria, { conflictOfInterest: true }, 'sv')).toEqual([]);
    expect(checkScores(criteria, { scores: { salary: 9 }, conflictOfInterest: true }, 'sv')).toEqual([]);
  });

  it('a campaign without criteria accepts an empty review and refuses any score', () => {
    // Act / Assess
    expect(checkScores([], { scores: {}, conflictOfInterest: false }, 'sv')).toEqual([]);
    expect(
      checkScores([], { scores: { policy: 3 }, conflictOfInterest: false }, 'sv').map((e) => e.path),
    ).toEqual(['scores.policy']);
  });

  it('a draft may leave criteria unscored, but names no unknown criterion in its scores or comments', () => {
    // Act
    const partial = checkScores(
      criteria,
      { scores: { policy: 2 }, conflictOfInterest: false, status: 'draft' },
      'en',
    );
    const unknown = checkScores(
      criteria,
      { scores: { salary: 2 }, comments: { bonus: 'x' }, conflictOfInterest: false, status: 'draft' },
      'en',
    );
    // Assess
    expect(partial).toEqual([]);
    expect(unknown).toEqual([
      { path: 'scores.salary', message: fieldMessages.unknownCriterion.en },
      { path: 'comments.bonus', message: fieldMessages.unknownCriterion.en },
    ]);
  });
});
