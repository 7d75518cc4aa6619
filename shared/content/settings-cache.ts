import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

export interface RetentionSettings {
  registrationDays: number;
  applicationDays: number;
  /** Hours a seat is held for an unconfirmed registration (events asking for confirmation by email). */
  seatHoldHours: number;
}

const DEFAULTS: RetentionSettings = { registrationDays: 90, applicationDays: 365, seatHoldHours: 2 };
const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; value: Promise<RetentionSettings> } | undefined;

/**
 * Retention from the settings snapshot, read once per container every five minutes so a write path
 * does not pay a round trip for it. Falls back to the defaults in docs/DOMAIN.md (Retention) when settings are not synced.
 */
export function retentionSettings(table: Table, now = Date.now()): Promise<RetentionSettings> {
  if (!cached || now - cached.at > TTL_MS) {
    const value = table.doc
      .send(new GetCommand({ TableName: table.name, Key: keys.contentSnapshot('settings') }))
      .then((out) => ({
        registrationDays: Number(out.Item?.retention?.registrationDays) || DEFAULTS.registrationDays,
        applicationDays: Number(out.Item?.retention?.applicationDays) || DEFAULTS.applicationDays,
        seatHoldHours: Number(out.Item?.retention?.seatHoldHours) || DEFAULTS.seatHoldHours,
      }));
    value.catch(() => {
      cached = undefined;
    });
    cached = { at: now, value };
  }
  return cached.value;
}

export function resetRetentionCache() {
  cached = undefined;
}
