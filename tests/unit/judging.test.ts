import { describe, expect, it } from 'vitest';
import { judge } from '../../shared/applications/judging';
import {
  DISAGREEMENT_SHARE_OF_SCALE,
  discussThreshold,
  rankApplications,
  SCORE_SCALE,
} from '../../shared/applications/ranking';
import { applications, criteria, ids, jurors, reviews } from '../support/judging-fixture';

/**
 * Judging progress, ranking and spread for the fixed jury round of tests/support/judging-fixture.ts,
 * every figure computed by hand below. Rounding: the score and each criterion's mean are rounded half
 * up to three decimals (shown), ordering and the discussion flag use the unrounded values; spreads of
 * whole scores are whole numbers.
 */

describe('judge: the fixed jury round', () => {
  const result = judge({ criteria, jurors, applications, reviews });

  it('counts per juror: 3 assigned each; scored, conflicts, drafts, and left = assigned − scored − conflicts', () => {
    // Assess
    //   anna: scored Alfa; conflict on Beta; draft on Cesium     → left 3 − 1 − 1 = 1
    //   bo:   scored Alfa and Beta (Delta is no submitted app)  → left 3 − 2 − 0 = 1
    //   cai:  scored Alfa (as Cai@Example.org); draft on Beta   → left 3 − 1 − 0 = 2
    expect(result.jurors).toEqual([
      { email: 'anna@example.org', assigned: 3, scored: 1, conflicts: 1, drafts: 1, left: 1 },
      { email: 'bo@example.org', assigned: 3, scored: 2, conflicts: 0, drafts: 0, left: 1 },
      { email: 'cai@example.org', assigned: 3, scored: 1, conflicts: 0, drafts: 1, left: 2 },
    ]);
  });

  it('counts per submitted application: reviews in, conflicts, drafts and jurors left', () => {
    // Assess
    //   Alfa:   3 reviews in, nobody left
    //   Beta:   bo's review in; anna's conflict; cai's draft → cai left
    //   Cesium: anna's draft only → all three left
    expect(result.applications).toEqual([
      {
        applicationId: ids.alfa,
        company: { name: 'Alfa Ab' },
        reviews: 3,
        conflicts: 0,
        drafts: 0,
        jurorsLeft: 0,
      },
      {
        applicationId: ids.beta,
        company: { name: 'Beta Oy' },
        reviews: 1,
        conflicts: 1,
        drafts: 1,
        jurorsLeft: 1,
      },
      {
        applicationId: ids.cesium,
        company: { name: 'Cesium Ab' },
        reviews: 0,
        conflicts: 0,
        drafts: 1,
        jurorsLeft: 3,
      },
    ]);
  });

  it('ranks with weighted totals, per-criterion means and spreads; the conflict and the drafts count nowhere', () => {
    // Assess
    // Alfa: anna (3·5 + 2·4 + 1·3) / 6 = 26/6; bo (12 + 8 + 4) / 6 = 4; cai (3 + 10 + 2) / 6 = 2.5
    //       score (26/6 + 4 + 2.5) / 3 = 65/18 = 3.6111… → 3.611
    //       means policy 10/3 → 3.333, pay 13/3 → 4.333, culture 9/3 = 3
    //       spreads policy 5 − 1 = 4 (≥ 2.5: discuss), pay 5 − 4 = 1, culture 4 − 2 = 2 (< 2.5)
    // Beta: only bo counts (anna's conflict and cai's draft do not): (6 + 6 + 4) / 6 = 8/3 → 2.667
    // Cesium: anna's draft does not count: no score, ranked last.
    expect(result.ranking).toEqual([
      {
        rank: 1,
        applicationId: ids.alfa,
        company: { name: 'Alfa Ab', businessId: '2077474-0', municipality: 'organization-vasa' },
        score: 3.611,
        reviewCount: 3,
        conflictCount: 0,
        criteria: { policy: 3.333, pay: 4.333, culture: 3 },
        spread: { policy: 4, pay: 1, culture: 2 },
        discuss: true,
        disagreements: ['policy'],
      },
      {
        rank: 2,
        applicationId: ids.beta,
        company: { name: 'Beta Oy', businessId: '2077474-0', municipality: 'organization-vasa' },
        score: 2.667,
        reviewCount: 1,
        conflictCount: 1,
        criteria: { policy: 2, pay: 3, culture: 4 },
        spread: { policy: 0, pay: 0, culture: 0 },
        discuss: false,
        disagreements: [],
      },
      {
        rank: 3,
        applicationId: ids.cesium,
        company: { name: 'Cesium Ab', businessId: '2077474-0', municipality: 'organization-vasa' },
        score: null,
        reviewCount: 0,
        conflictCount: 0,
        criteria: { policy: null, pay: null, culture: null },
        spread: { policy: null, pay: null, culture: null },
        discuss: false,
        disagreements: [],
      },
    ]);
  });

  it('a juror who has scored or declared a conflict on everything has nothing left', () => {
    // Prepare: bo also scores Cesium (3, 3, 3)
    const more = [...reviews, { ...reviews[4], applicationId: ids.cesium } as (typeof reviews)[number]];
    // Act
    const bo = judge({ criteria, jurors, applications, reviews: more }).jurors[1];
    // Assess
    expect(bo).toEqual({ email: 'bo@example.org', assigned: 3, scored: 3, conflicts: 0, drafts: 0, left: 0 });
  });

  it('no jurors assigned: no juror rows, and no application waits for anyone', () => {
    // Act
    const none = judge({ criteria, jurors: [], applications, reviews });
    // Assess
    expect(none.jurors).toEqual([]);
    expect(none.applications.map((a) => a.jurorsLeft)).toEqual([0, 0, 0]);
    expect(none.ranking[0]?.score).toBe(3.611);
  });
});

describe('the discussion threshold', () => {
  it('is half the scale in one named constant: 2.5 on 0–5, so whole-score spreads of 3 flag and 2 do not', () => {
    // Assess
    expect(DISAGREEMENT_SHARE_OF_SCALE).toBe(0.5);
    expect(SCORE_SCALE).toEqual({ min: 0, max: 5 });
    expect(discussThreshold()).toBe(2.5);
  });

  it('follows the scale: on 1–4 (threshold 1.5) a spread of 2 flags, a spread of 1 does not', () => {
    // Prepare: one criterion; Alfa scored 1 and 3 (spread 2), Beta 2 and 3 (spread 1)
    const only = [criteria[0] as (typeof criteria)[number]];
    const two = (applicationId: string, a: number, b: number) =>
      [a, b].map((policy, i) => ({
        applicationId,
        juror: `j${i}`,
        conflictOfInterest: false,
        scores: { policy },
      })) as unknown as typeof reviews;
    // Act
    const ranked = rankApplications(only, applications, [...two(ids.alfa, 1, 3), ...two(ids.beta, 2, 3)], {
      min: 1,
      max: 4,
    });
    // Assess
    expect(discussThreshold({ min: 1, max: 4 })).toBe(1.5);
    expect(ranked.map((r) => [r.company.name, r.spread.policy, r.discuss])).toEqual([
      ['Beta Oy', 1, false],
      ['Alfa Ab', 2, true],
      ['Cesium Ab', null, false],
    ]);
  });
});
