import type { ApplicationItem, ApplicationStatus } from '../../shared/applications/application';
import type { CampaignCriterion } from '../../shared/applications/campaign';
import type { JudgedReview } from '../../shared/applications/ranking';

/**
 * One fixed jury round, the same for the unit tests of the judging functions and the integration test
 * of GET /admin/campaigns/{campaignId}/progress (which writes these items to the table). Scale 0–5.
 *
 *   criteria   policy ×3, pay ×2, culture ×1 (Σ weights 6)
 *   jurors     anna, bo, cai (assigned); scores as (policy, pay, culture)
 *
 *               anna          bo            cai
 *   Alfa Ab     5, 4, 3       4, 4, 4       1, 5, 2   (cai writes as Cai@Example.org)
 *   Beta Oy     conflict      2, 3, 4       3, 3, 3 draft
 *   Cesium Ab   2, 2, 2 draft —             —
 *   Delta Ab    (a draft application: 5, 5, 5 from bo, counted nowhere)
 *   Epsilon Ab  (withdrawn: anna's 0, 0, 0 counted nowhere)
 */
export const jurors = ['anna@example.org', 'bo@example.org', 'cai@example.org'];

const label = (key: string) => ({ sv: key, fi: key, en: key });
export const criteria: CampaignCriterion[] = [
  { key: 'policy', label: label('policy'), weight: 3 },
  { key: 'pay', label: label('pay'), weight: 2 },
  { key: 'culture', label: label('culture'), weight: 1 },
];

/** ULIDs, as the route's parameter schema wants them. */
export const ids = {
  alfa: '01JA0000000000000000000001',
  beta: '01JB0000000000000000000002',
  cesium: '01JC0000000000000000000003',
  delta: '01JD0000000000000000000004',
  epsilon: '01JE0000000000000000000005',
} as const;

const application = (applicationId: string, name: string, status: ApplicationStatus) =>
  ({
    type: 'application',
    applicationId,
    status,
    company: { name, businessId: '2077474-0', municipality: 'organization-vasa' },
  }) as ApplicationItem;

export const applications: ApplicationItem[] = [
  application(ids.alfa, 'Alfa Ab', 'submitted'),
  application(ids.beta, 'Beta Oy', 'submitted'),
  application(ids.cesium, 'Cesium Ab', 'submitted'),
  application(ids.delta, 'Delta Ab', 'draft'),
  application(ids.epsilon, 'Epsilon Ab', 'withdrawn'),
];

const scored = (
  applicationId: string,
  jurorEmail: string,
  [policy, pay, culture]: [number, number, number],
  status?: 'draft',
) =>
  ({
    type: 'review',
    campaignId: '',
    applicationId,
    juror: `sub-${jurorEmail.toLowerCase()}`,
    jurorEmail,
    conflictOfInterest: false,
    scores: { policy, pay, culture },
    ...(status ? { status } : { status: 'submitted' }),
    reviewedAt: '2027-03-01T10:00:00.000Z',
    sourceVersion: 1,
    expiresAt: 0,
  }) as JudgedReview;

export const reviews: JudgedReview[] = [
  scored(ids.alfa, 'anna@example.org', [5, 4, 3]),
  scored(ids.alfa, 'bo@example.org', [4, 4, 4]),
  scored(ids.alfa, 'Cai@Example.org', [1, 5, 2]),
  {
    type: 'review',
    campaignId: '',
    applicationId: ids.beta,
    juror: 'sub-anna@example.org',
    jurorEmail: 'anna@example.org',
    conflictOfInterest: true,
    status: 'submitted',
    reviewedAt: '2027-03-01T10:00:00.000Z',
    sourceVersion: 1,
    expiresAt: 0,
  } as JudgedReview,
  scored(ids.beta, 'bo@example.org', [2, 3, 4]),
  scored(ids.beta, 'cai@example.org', [3, 3, 3], 'draft'),
  scored(ids.cesium, 'anna@example.org', [2, 2, 2], 'draft'),
  scored(ids.delta, 'bo@example.org', [5, 5, 5]),
  scored(ids.epsilon, 'anna@example.org', [0, 0, 0]),
];
