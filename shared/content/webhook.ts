import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { decodeSignatureHeader, isValidSignature } from '@sanity/webhook';
import { sha256 } from '../crypto';
import { problem } from '../http/problem';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { ContentSource } from './content-source';
import { applyDocument, applyRemoval, type GovernedDocument } from './operational-copy';
import { governedDocumentByIdQuery, governedTypes } from './queries';

/** A delivery older (or further in the future) than this is refused, against replayed captures. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000;
const SANITY_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** Deliveries are remembered a day; Sanity retries within that. */
const DELIVERY_TTL_SECONDS = 24 * 60 * 60;

export type WebhookOutcome = 'applied' | 'unchanged' | 'removed' | 'ignored' | 'duplicate';

/**
 * The signature must be present, well-formed, fresh (five minutes) and valid for the exact body;
 * anything else is 401 without telling which check failed.
 */
export async function verifyWebhook(
  rawBody: string,
  signature: string | undefined,
  secret: string,
  now: number,
) {
  if (!signature) throw problem('unauthorized');
  let timestamp: number;
  try {
    timestamp = decodeSignatureHeader(signature).timestamp;
  } catch {
    throw problem('unauthorized');
  }
  if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > SIGNATURE_MAX_AGE_MS)
    throw problem('unauthorized');
  const valid = await isValidSignature(rawBody, signature, secret).catch(() => false);
  if (!valid) throw problem('unauthorized');
  return timestamp;
}

/**
 * A Sanity webhook delivery: verified, de-duplicated on its idempotency key, then the document is
 * fetched again by id from the API (never trusting the body) and copied only if newer. A document
 * that is gone (unpublished or deleted) closes what depends on it.
 */
export async function handleSanityWebhook(input: {
  table: Table;
  source: ContentSource;
  secret: string;
  rawBody: string;
  signature: string | undefined;
  deliveryKey: string | undefined;
  now: number;
  /** The email pepper: an event that gains seats promotes its waitlist, and the mail needs it. */
  pepper?: string;
}): Promise<{ outcome: WebhookOutcome; documentId?: string }> {
  const signedAt = await verifyWebhook(input.rawBody, input.signature, input.secret, input.now);
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.rawBody);
  } catch {
    throw problem('malformed-json');
  }
  // `null` or an array is valid JSON too; reading `_id` of null would be a 500 for what the client sent.
  const body: { _id?: unknown; _type?: unknown } =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  const rawId = typeof body._id === 'string' ? body._id : undefined;
  if (!rawId)
    throw problem('invalid-input', {
      errors: [{ path: '_id', message: 'The webhook projection must include _id.' }],
    });
  // A draft's change is not a publication; the published id is the one that counts.
  const documentId = rawId.replace(/^drafts\./, '');
  // Sanity ids are at most 128 characters of [A-Za-z0-9._-]; anything else would end up in a table key
  // (too long for one, or shaped like another) and is no document of ours.
  if (!SANITY_ID.test(documentId))
    throw problem('invalid-input', {
      errors: [{ path: '_id', message: 'The webhook projection has no valid document _id.' }],
    });

  // The idempotency key is a header of any length and table keys are bounded: a long one is hashed.
  const deliveryKey = input.deliveryKey && input.deliveryKey.length <= 200 ? input.deliveryKey : undefined;
  const delivery = keys.webhookDelivery(deliveryKey ?? sha256(input.deliveryKey ?? input.signature ?? ''));
  const seen = await input.table.doc.send(new GetCommand({ TableName: input.table.name, Key: delivery }));
  if (seen.Item) return { outcome: 'duplicate', documentId };

  let outcome: WebhookOutcome;
  if (typeof body._type === 'string' && !governedTypes.includes(body._type as never)) {
    outcome = 'ignored';
  } else {
    const current = await input.source.fetch<GovernedDocument | null>(governedDocumentByIdQuery, {
      id: documentId,
      types: [...governedTypes],
    });
    outcome = current
      ? await applyDocument(
          input.table,
          current,
          input.pepper === undefined ? undefined : { pepper: input.pepper, now: new Date(input.now) },
        )
      : (await applyRemoval(
            input.table,
            documentId,
            Math.max(signedAt, input.now),
            input.pepper === undefined ? undefined : { pepper: input.pepper, now: new Date(input.now) },
          )) === 'applied'
        ? 'removed'
        : 'unchanged';
  }

  await input.table.doc.send(
    new PutCommand({
      TableName: input.table.name,
      Item: {
        ...delivery,
        type: 'webhookDelivery',
        documentId,
        outcome,
        receivedAt: new Date(input.now).toISOString(),
        expiresAt: Math.floor(input.now / 1000) + DELIVERY_TTL_SECONDS,
      },
    }),
  );
  return { outcome, documentId };
}
