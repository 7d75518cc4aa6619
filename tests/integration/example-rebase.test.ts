import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localSettings } from '../../cdk/local/settings';
import { DatasetContentSource } from '../../shared/content/dataset-source';
import { reconcile } from '../../shared/content/operational-copy';
import { type ItemKey, keys } from '../../shared/table/keys';
import { freshTable } from '../support/table';

/**
 * The local stack syncs the seed into the operational copy at every start, newer `_updatedAt` wins.
 * The examples' dates (and `_updatedAt`) move with the week (shared/content/example-rebase.ts), so a
 * restart on a later week with the same data folder (the same table) takes the new windows, and one
 * later in the same week changes nothing.
 */

const WEEK = 7 * 86_400_000;
const seedAt = (iso: string) => DatasetContentSource.fromFile(localSettings().datasetPath, new Date(iso));

describe('restarting the local stack with the same table', () => {
  it('re-applies the moved example windows on a later week, and nothing later in the same week', async () => {
    // Prepare
    const table = await freshTable('example-rebase');
    const get = async (key: ItemKey) =>
      (await table.doc.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }))).Item;
    const windows = async () => ({
      webinar: await get(keys.eventMeta('event-example-webinar-2027')),
      campaign: await get(keys.campaignMeta('campaign-example-jamstalldhetsforetag-2027')),
      round: await get(keys.roundMeta('nominationRound-example-2027')),
      history: await get(keys.roundMeta('nominationRound-members-2024-08')),
    });
    const first = await reconcile(table, await seedAt('2029-06-01T10:00:00Z'));
    const before = await windows();

    // Act
    const sameWeek = await reconcile(table, await seedAt('2029-06-03T09:00:00Z'));
    const afterSameWeek = await windows();
    const laterWeek = await reconcile(table, await seedAt('2029-06-15T10:00:00Z'));
    const after = await windows();

    // Assess
    expect(first.applied).toBe(first.documents);
    expect(sameWeek.applied).toBe(0);
    expect(afterSameWeek).toEqual(before);
    expect(laterWeek.applied).toBe(6); // the governed examples: three events, a campaign, a round, a survey
    expect(after.webinar?.opensAtMs - before.webinar?.opensAtMs).toBe(2 * WEEK);
    expect(after.webinar?.closesAtMs - before.webinar?.closesAtMs).toBe(2 * WEEK);
    expect(after.webinar?.endsAtMs - before.webinar?.endsAtMs).toBe(2 * WEEK);
    expect(after.campaign?.opensAtMs - before.campaign?.opensAtMs).toBe(2 * WEEK);
    expect(after.campaign?.closesAtMs - before.campaign?.closesAtMs).toBe(2 * WEEK);
    expect(after.round?.deadlineMs - before.round?.deadlineMs).toBe(2 * WEEK);
    expect(after.round?.sourceVersion - before.round?.sourceVersion).toBe(2 * WEEK);
    expect(after.history).toEqual(before.history);
    expect(after.history?.deadline).toBe('2024-08-30T13:00:00.000Z');
  });
});
