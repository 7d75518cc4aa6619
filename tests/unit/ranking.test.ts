import { describe, expect, it } from 'vitest';
import type { ApplicationItem, ApplicationStatus, Decision } from '../../shared/applications/application';
import type { CampaignCriterion } from '../../shared/applications/campaign';
import { rankApplications, weightedMean } from '../../shared/applications/ranking';
import type { ReviewItem } from '../../shared/applications/review';

/** The award ranking as a pure decision: weights, conflicts of interest, ties and empty cases. */

const criterion = (key: string, weight: number): CampaignCriterion => ({ key, label: { sv: key }, weight });
/** The seed campaign's shape: weights 3, 2, 2 (they sum to 7, not 100). */
const criteria = [criterion('policy', 3), criterion('pay', 2), criterion('culture', 2)];

const application = (
  applicationId: string,
  name: string,
  status: ApplicationStatus = 'submitted',
  decision?: Decision,
) =>
  ({
    applicationId,
    status,
    company: { name, businessId: '2077474-0', municipality: 'Vasa' },
    ...(decision ? { decision } : {}),
  }) as ApplicationItem;

const review = (
  applicationId: string,
  juror: string,
  scores: Record<string, number> | undefined,
  conflictOfInterest = false,
) =>
  ({
    applicationId,
    juror,
    conflictOfInterest,
    ...(scores ? { scores } : {}),
  }) as ReviewItem;

describe('weightedMean', () => {
  it('is Σ(weight × score) / Σ weight with weights summing to 7, not 100', () => {
    // Act
    const mean = weightedMean(criteria, { policy: 5, pay: 2, culture: 3 });
    // Assess: (3·5 + 2·2 + 2·3) / 7 = 25 / 7
    expect(mean).toBeCloseTo(25 / 7, 12);
  });

  it('gives the same mean for weights 50/25/25 (summing to 100) as for 2/1/1 (summing to 4)', () => {
    // Prepare
    const percent = [criterion('policy', 50), criterion('pay', 25), criterion('culture', 25)];
    const small = [criterion('policy', 2), criterion('pay', 1), criterion('culture', 1)];
    const scores = { policy: 4, pay: 1, culture: 5 };
    // Act
    const fromPercent = weightedMean(percent, scores);
    // Assess: (2·4 + 1 + 5) / 4 = 3.5 either way
    expect(fromPercent).toBe(3.5);
    expect(weightedMean(small, scores)).toBe(fromPercent);
  });

  it('is the plain mean when every weight is equal', () => {
    // Act / Assess
    expect(weightedMean([criterion('a', 1), criterion('b', 1)], { a: 1, b: 4 })).toBe(2.5);
  });

  it('leaves a criterion without a score (added after the review) out of both sums', () => {
    // Act / Assess: only policy (3·4) and pay (2·1) count → 14 / 5
    expect(weightedMean(criteria, { policy: 4, pay: 1 })).toBe(14 / 5);
  });

  it('leaves a criterion of weight 0 or a negative weight out of both sums', () => {
    // Prepare
    const odd = [criterion('a', 2), criterion('zero', 0), criterion('negative', -3)];
    // Act / Assess
    expect(weightedMean(odd, { a: 4, zero: 0, negative: 5 })).toBe(4);
  });

  it('is undefined with no criteria, or with scores for none of them', () => {
    // Act / Assess
    expect(weightedMean([], { policy: 5 })).toBeUndefined();
    expect(weightedMean(criteria, {})).toBeUndefined();
    expect(weightedMean(criteria, { retired: 5 })).toBeUndefined();
  });

  it('keeps the scale ends: all 0 is 0 and all 5 is 5', () => {
    // Act / Assess
    expect(weightedMean(criteria, { policy: 0, pay: 0, culture: 0 })).toBe(0);
    expect(weightedMean(criteria, { policy: 5, pay: 5, culture: 5 })).toBe(5);
  });
});

describe('rankApplications', () => {
  it('scores each application by the mean of its reviews’ weighted means, so every juror weighs the same', () => {
    // Prepare: juror 1 → 25/7, juror 2 → 1; the mean is (25/7 + 1) / 2 = 16/7 ≈ 2.286
    const apps = [application('A', 'Alfa Ab')];
    const reviews = [
      review('A', 'j1', { policy: 5, pay: 2, culture: 3 }),
      review('A', 'j2', { policy: 1, pay: 1, culture: 1 }),
    ];
    // Act
    const [ranked] = rankApplications(criteria, apps, reviews);
    // Assess
    expect(ranked).toMatchObject({
      rank: 1,
      applicationId: 'A',
      score: 2.286,
      reviewCount: 2,
      conflictCount: 0,
    });
    expect(ranked?.criteria).toEqual({ policy: 3, pay: 1.5, culture: 2 });
  });

  it('leaves a review with a declared conflict out of the score and counts it apart', () => {
    // Prepare
    const apps = [application('A', 'Alfa Ab')];
    const reviews = [
      review('A', 'j1', { policy: 2, pay: 2, culture: 2 }),
      review('A', 'j2', { policy: 5, pay: 5, culture: 5 }, true),
    ];
    // Act
    const [ranked] = rankApplications(criteria, apps, reviews);
    // Assess
    expect(ranked).toMatchObject({ score: 2, reviewCount: 1, conflictCount: 1 });
    expect(ranked?.criteria).toEqual({ policy: 2, pay: 2, culture: 2 });
  });

  it('all conflicts declared: no score, zero counted reviews, ranked after every scored application', () => {
    // Prepare
    const apps = [application('C', 'Conflicted Ab'), application('S', 'Scored Ab')];
    const reviews = [
      review('C', 'j1', undefined, true),
      review('C', 'j2', undefined, true),
      review('S', 'j1', { policy: 0, pay: 0, culture: 0 }),
    ];
    // Act
    const ranked = rankApplications(criteria, apps, reviews);
    // Assess: even a score of 0 ranks above no score.
    expect(ranked.map((r) => [r.applicationId, r.score, r.reviewCount, r.conflictCount])).toEqual([
      ['S', 0, 1, 0],
      ['C', null, 0, 2],
    ]);
    expect(ranked[1]?.criteria).toEqual({ policy: null, pay: null, culture: null });
  });

  it('no reviews at all: every application listed with score null, in Swedish name order', () => {
    // Prepare
    const apps = [
      application('1', 'Östra Ab'),
      application('2', 'Zeta Oy'),
      application('3', 'Åbo Ab'),
      application('4', 'Ärla Ab'),
    ];
    // Act
    const ranked = rankApplications(criteria, apps, []);
    // Assess: Swedish collation puts Z < Å < Ä < Ö (code points would put Ä before Å).
    expect(ranked.map((r) => r.company.name)).toEqual(['Zeta Oy', 'Åbo Ab', 'Ärla Ab', 'Östra Ab']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(ranked.every((r) => r.score === null && r.reviewCount === 0)).toBe(true);
  });

  it('ties on score: more counted reviews first, then the company name in Swedish order', () => {
    // Prepare: all three score 3; B has two reviews, A and Ä one each.
    const apps = [application('ae', 'Äpple Ab'), application('a', 'Apple Ab'), application('b', 'Banan Ab')];
    const three = { policy: 3, pay: 3, culture: 3 };
    const reviews = [
      review('ae', 'j1', three),
      review('a', 'j1', three),
      review('b', 'j1', three),
      review('b', 'j2', three),
    ];
    // Act
    const ranked = rankApplications(criteria, apps, reviews);
    // Assess
    expect(ranked.map((r) => [r.rank, r.company.name, r.score])).toEqual([
      [1, 'Banan Ab', 3],
      [2, 'Apple Ab', 3],
      [3, 'Äpple Ab', 3],
    ]);
  });

  it('orders by the unrounded score even where the rounded scores are equal', () => {
    // Prepare: weights 1 and 9999; (1·3 + 9999·4) / 10000 = 3.9999, shown as 4 like an exact 4.
    const skewed = [criterion('minor', 1), criterion('major', 9999)];
    const apps = [application('exact', 'B Ab'), application('below', 'A Ab')];
    const reviews = [
      review('exact', 'j1', { minor: 4, major: 4 }),
      review('below', 'j1', { minor: 4, major: 4 }),
      review('below', 'j2', { minor: 3, major: 4 }),
    ];
    // Act
    const ranked = rankApplications(skewed, apps, reviews);
    // Assess: 'below' has more reviews and the earlier name, yet 'exact' ranks first: its true mean is higher.
    expect(ranked.map((r) => [r.applicationId, r.score])).toEqual([
      ['exact', 4],
      ['below', 4],
    ]);
  });

  it('rounds the score and each criterion mean to three decimals', () => {
    // Prepare: scores 1, 1, 2 on one criterion → 4/3
    const only = [criterion('only', 5)];
    const apps = [application('A', 'Alfa Ab')];
    const reviews = [
      review('A', 'j1', { only: 1 }),
      review('A', 'j2', { only: 1 }),
      review('A', 'j3', { only: 2 }),
    ];
    // Act
    const [ranked] = rankApplications(only, apps, reviews);
    // Assess
    expect(ranked?.score).toBe(1.333);
    expect(ranked?.criteria).toEqual({ only: 1.333 });
  });

  it('ranks only submitted applications, never drafts or withdrawn ones, and carries the decision', () => {
    // Prepare
    const apps = [
      application('d', 'Draft Ab', 'draft'),
      application('w', 'Withdrawn Ab', 'withdrawn'),
      application('s', 'Submitted Ab', 'submitted', 'shortlisted'),
    ];
    // Act
    const ranked = rankApplications(criteria, apps, [review('d', 'j1', { policy: 5, pay: 5, culture: 5 })]);
    // Assess
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ applicationId: 's', decision: 'shortlisted', score: null });
  });

  it('a review scored only on criteria the campaign no longer has counts as a review but adds no score', () => {
    // Prepare
    const apps = [application('A', 'Alfa Ab')];
    const reviews = [review('A', 'j1', { retired: 5 }), review('A', 'j2', { policy: 2, pay: 2, culture: 2 })];
    // Act
    const [ranked] = rankApplications(criteria, apps, reviews);
    // Assess
    expect(ranked).toMatchObject({ score: 2, reviewCount: 2 });
    expect(ranked?.criteria).toEqual({ policy: 2, pay: 2, culture: 2 });
  });

  it('a campaign without criteria ranks every application unscored', () => {
    // Prepare
    const apps = [application('A', 'Alfa Ab')];
    // Act
    const [ranked] = rankApplications([], apps, [review('A', 'j1', { policy: 5 })]);
    // Assess
    expect(ranked).toMatchObject({ score: null, reviewCount: 1, criteria: {} });
  });

  it('no applications: an empty ranking', () => {
    // Act / Assess
    expect(
      rankApplications(criteria, [], [review('ghost', 'j1', { policy: 5, pay: 5, culture: 5 })]),
    ).toEqual([]);
  });
});
