import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_MAIL_BUDGET, type MailBudget } from '../email/mail-budget';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

export interface RetentionSettings {
  registrationDays: number;
  applicationDays: number;
  /** Hours a seat is held for an unconfirmed registration (events asking for confirmation by email). */
  seatHoldHours: number;
}

/** The settings a write path needs, from the operational copy of the settings document. */
export interface WriteSettings extends RetentionSettings {
  mailBudget: MailBudget;
  /** Days a withdrawn or declined affiliation to the strategy is kept (shared/affiliations). */
  affiliationDays: number;
}

const DEFAULTS: RetentionSettings = { registrationDays: 90, applicationDays: 365, seatHoldHours: 2 };
const AFFILIATION_DAYS = 365;
const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; value: Promise<WriteSettings> } | undefined;

/** A whole number of at least 1, or the default (a field left empty in the Studio, or not synced yet). */
const atLeastOne = (value: unknown, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
};

/**
 * The settings snapshot, read once per container every five minutes so a write path does not pay a
 * round trip for it. Falls back to the defaults in docs/DOMAIN.md (Retention) when settings are not synced.
 */
function writeSettings(table: Table, now: number): Promise<WriteSettings> {
  if (!cached || now - cached.at > TTL_MS) {
    const value = table.doc
      .send(new GetCommand({ TableName: table.name, Key: keys.contentSnapshot('settings') }))
      .then((out) => ({
        registrationDays: Number(out.Item?.retention?.registrationDays) || DEFAULTS.registrationDays,
        applicationDays: Number(out.Item?.retention?.applicationDays) || DEFAULTS.applicationDays,
        seatHoldHours: Number(out.Item?.retention?.seatHoldHours) || DEFAULTS.seatHoldHours,
        affiliationDays: atLeastOne(out.Item?.retention?.affiliationDays, AFFILIATION_DAYS),
        mailBudget: {
          perTenMinutes: atLeastOne(out.Item?.mailBudget?.perTenMinutes, DEFAULT_MAIL_BUDGET.perTenMinutes),
          perDay: atLeastOne(out.Item?.mailBudget?.perDay, DEFAULT_MAIL_BUDGET.perDay),
        },
      }));
    value.catch(() => {
      cached = undefined;
    });
    cached = { at: now, value };
  }
  return cached.value;
}

/** Retention days from the settings (cached). */
export function retentionSettings(table: Table, now = Date.now()): Promise<RetentionSettings> {
  return writeSettings(table, now);
}

/** How many mails one address may be sent (cached; see shared/email/mail-budget.ts). */
export async function mailBudgetSettings(table: Table, now = Date.now()): Promise<MailBudget> {
  return (await writeSettings(table, now)).mailBudget;
}

export function resetRetentionCache() {
  cached = undefined;
}

/** Days a withdrawn or declined affiliation is kept, from the settings (cached; 365 by default). */
export async function affiliationRetentionDays(table: Table, now = Date.now()): Promise<number> {
  return (await writeSettings(table, now)).affiliationDays;
}
