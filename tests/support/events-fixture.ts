import type { SanityDocument } from '../../shared/content/dataset-source';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { ulid } from '../../shared/crypto';
import { forgetEventMeta } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient } from '../../shared/table/client';

const DAY = 24 * 60 * 60 * 1000;

/** An event document as Sanity would publish it, open for registration now unless told otherwise. */
export function eventDocument(overrides: Partial<SanityDocument> = {}): GovernedDocument {
  const now = Date.now();
  return {
    _id: `event-test-${ulid().toLowerCase()}`,
    _type: 'event',
    _rev: 'rev1',
    _updatedAt: new Date(now - 1000).toISOString(),
    title: [
      { _key: 'sv', language: 'sv', value: 'Webbinarium om mångfald' },
      { _key: 'fi', language: 'fi', value: 'Webinaari monimuotoisuudesta' },
      { _key: 'en', language: 'en', value: 'Webinar on diversity' },
    ],
    place: [
      { _key: 'sv', language: 'sv', value: 'Vasa, Österbottens förbund' },
      { _key: 'fi', language: 'fi', value: 'Vaasa, Pohjanmaan liitto' },
    ],
    mode: 'hybrid',
    onlineUrl: 'https://example.org/live',
    startsAt: new Date(now + 30 * DAY).toISOString(),
    endsAt: new Date(now + 30 * DAY + 2 * 3600_000).toISOString(),
    capacity: 25,
    waitlist: true,
    registrationOpensAt: new Date(now - DAY).toISOString(),
    registrationClosesAt: new Date(now + 29 * DAY).toISOString(),
    ...overrides,
  } as GovernedDocument;
}

/** Publishes the event into the operational copy of the running stack, as content-sync would. */
export async function publishEvent(
  stack: { dynamoEndpoint: string; tableName: string },
  doc: GovernedDocument,
) {
  const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
  await applyDocument(table, doc);
  forgetEventMeta(doc._id);
  return doc._id;
}
