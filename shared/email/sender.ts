import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalizedMap, pick } from '../content/localize';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

/** What mail takes from the settings: the network's name (the sender's name) and its contact address. */
export interface SenderSettings {
  networkName: LocalizedMap;
  contactEmail: string | null;
}

const TTL_MS = 5 * 60 * 1000;
const cache = new Map<string, { at: number; value: Promise<SenderSettings | undefined> }>();

/**
 * The settings snapshot content-sync keeps in the table, read once per container every five minutes
 * (per table). A failed read is not cached: the caller's retry reads again.
 */
export function senderSettings(table: Table, nowMs = Date.now()): Promise<SenderSettings | undefined> {
  const hit = cache.get(table.name);
  if (hit && nowMs - hit.at <= TTL_MS) return hit.value;
  const value = table.doc
    .send(
      new GetCommand({
        TableName: table.name,
        Key: keys.contentSnapshot('settings'),
        ProjectionExpression: 'networkName, contactEmail',
      }),
    )
    .then((out) =>
      out.Item
        ? {
            networkName: (out.Item.networkName ?? {}) as LocalizedMap,
            contactEmail: typeof out.Item.contactEmail === 'string' ? out.Item.contactEmail : null,
          }
        : undefined,
    );
  value.catch(() => cache.delete(table.name));
  cache.set(table.name, { at: nowMs, value });
  return value;
}

export const resetSenderSettings = () => cache.clear();

/**
 * From and Reply-To of a mail in the recipient's language: the network's name (settings) before the
 * sending address (MAIL_FROM, the address SES is verified for), replies to the network's contact.
 * Without settings, MAIL_FROM as configured and no Reply-To.
 */
export function senderFor(settings: SenderSettings | undefined, lang: Language, mailFrom: string) {
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const name = pick(settings?.networkName, lang);
  return {
    from: name ? `${name} <${address}>` : mailFrom,
    ...(settings?.contactEmail ? { replyTo: settings.contactEmail } : {}),
  };
}

/** The reserved example domains (RFC 2606) and their subdomains: addresses nobody receives. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(org|com|net)$/i;

export const isExampleAddress = (address: string) => EXAMPLE_DOMAIN.test(address.split('@').pop() ?? '');
