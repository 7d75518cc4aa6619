import { describe, expect, it } from 'vitest';
import { DatasetContentSource, type SanityDocument } from '../../shared/content/dataset-source';
import { activityPlan, nominationRoundDetail } from '../../shared/content/public-content';

/** The content use cases that need no table, over a small in-memory dataset. */

const text = (sv: string, fi: string, en?: string) => [
  { _key: 'a', _type: 'internationalizedArrayStringValue', language: 'sv', value: sv },
  { _key: 'b', _type: 'internationalizedArrayStringValue', language: 'fi', value: fi },
  ...(en ? [{ _key: 'c', _type: 'internationalizedArrayStringValue', language: 'en', value: en }] : []),
];

const system = { _rev: 'r1', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z' };

const documents: SanityDocument[] = [
  {
    _id: 'focusArea-a',
    _type: 'focusArea',
    ...system,
    title: text('Område', 'Alue', 'Area'),
    slug: { _type: 'slug', current: 'a' },
    orderRank: '0|100000:',
  },
  {
    _id: 'action-named',
    _type: 'action',
    ...system,
    title: text('Åtgärd', 'Toimenpide'),
    focusArea: { _type: 'reference', _ref: 'focusArea-a' },
    period: { _type: 'dateRange', start: '2027-01-01', end: '2027-06-30' },
    status: 'ongoing',
    coordinator: { _type: 'actionCoordinator', name: text('Arbetsgruppen', 'Työryhmä', 'The working group') },
    orderRank: '0|100000:',
  },
  {
    _id: 'action-nobody',
    _type: 'action',
    ...system,
    title: text('Utan samordnare', 'Ilman koordinaattoria'),
    focusArea: { _type: 'reference', _ref: 'focusArea-a' },
    period: { _type: 'dateRange', start: '2027-01-01', end: '2027-12-31' },
    status: 'planned',
    orderRank: '0|100008:',
  },
  {
    _id: 'organization-x',
    _type: 'organization',
    ...system,
    name: text('Åbo', 'Turku'),
    kind: 'municipality',
    majorityLanguage: 'fi',
  },
  {
    _id: 'nominationRound-x',
    _type: 'nominationRound',
    ...system,
    title: text('Omgång', 'Kierros'),
    deadline: '2027-02-01T00:00:00Z',
    seats: { _type: 'seats', members: 1, deputies: 1 },
    term: { _type: 'dateRange', start: '2027-03-01', end: '2028-12-31' },
    organizations: [{ _key: 'k', _type: 'reference', _ref: 'organization-x' }],
  },
];

const source = new DatasetContentSource(documents);

describe('activity plan', () => {
  it('localises a coordinator named in text, not only an organisation', async () => {
    // Act
    const [sv, fi, en] = await Promise.all([
      activityPlan(source, 'sv'),
      activityPlan(source, 'fi'),
      activityPlan(source, 'en'),
    ]);

    // Assess
    expect(sv[0]?.actions.map((a) => [a.id, a.coordinator])).toEqual([
      ['action-named', 'Arbetsgruppen'],
      ['action-nobody', null],
    ]);
    expect(fi[0]?.actions[0]?.coordinator).toBe('Työryhmä');
    expect(en[0]?.actions[0]?.coordinator).toBe('The working group');
    expect(en[0]?.actions[1]?.title).toBe('Utan samordnare');
  });

  it('gives periods as {start, end}, without Sanity’s _type', async () => {
    // Act
    const [area] = await activityPlan(source, 'sv');

    // Assess
    expect(area?.actions[0]?.period).toStrictEqual({ start: '2027-01-01', end: '2027-06-30' });
  });
});

describe('nomination round', () => {
  it('gives the term as {start, end}, without Sanity’s _type', async () => {
    // Act
    const round = await nominationRoundDetail(
      source,
      'nominationRound-x',
      'fi',
      new Date('2027-01-01T00:00:00Z'),
    );

    // Assess
    expect(round?.term).toStrictEqual({ start: '2027-03-01', end: '2028-12-31' });
    expect(round?.organizations).toEqual([{ id: 'organization-x', name: 'Turku', kind: 'municipality' }]);
    expect(round?.open).toBe(true);
  });
});
