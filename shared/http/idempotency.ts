import { seal, sha256, stableStringify, unseal } from '../crypto';
import { getSecret } from '../secrets';
import { keys } from '../table/keys';
import { problem } from './problem';
import type { Reply } from './reply';

/** How long a POST may be retried with the same Idempotency-Key and get the first answer back. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface IdempotencyContext {
  /** Hash of route, path and key: the record's identity. */
  scopeHash: string;
  /** Hash of the canonical body: a retry must match it. */
  requestHash: string;
}

export function idempotencyContext(routeKey: string, rawPath: string, key: string, body: unknown) {
  return {
    scopeHash: sha256(`${routeKey}\n${rawPath}\n${key}`),
    requestHash: sha256(stableStringify(body ?? null)),
  } satisfies IdempotencyContext;
}

/**
 * What a use case is given to guard its write with the request's Idempotency-Key: the key's context
 * and the handler's own mapping from the use case's result to its HTTP reply. The use case stores
 * `reply(result)` in the same transaction as the change, so a retry gets back exactly what the
 * handler answered the first time, and the use case itself never speaks HTTP.
 */
export interface Idempotency<R> {
  ctx: IdempotencyContext;
  reply: (result: R) => Reply;
}

/** The Idempotency-Key record to ride with a use case's transaction for `result`, if the request has a key. */
export const recordOf = <R>(idempotency: Idempotency<R> | undefined, result: R, nowSeconds: number) =>
  idempotency ? { ctx: idempotency.ctx, reply: idempotency.reply(result), nowSeconds } : undefined;

/**
 * Runs a use case for a handler and answers its result with `reply`. With an Idempotency-Key the use
 * case gets the same mapping to store, so the live reply and the stored one come from one function.
 */
export async function replyTo<R>(
  ctx: IdempotencyContext | undefined,
  reply: (result: R) => Reply,
  useCase: (idempotency: Idempotency<R> | undefined) => Promise<R>,
): Promise<Reply> {
  return reply(await useCase(ctx ? { ctx, reply } : undefined));
}

export const isValidIdempotencyKey = (key: string) => /^[\x21-\x7e]{1,255}$/.test(key);

/**
 * The record written in the same TransactWriteItems as the change it guards, so a POST with an
 * Idempotency-Key costs no extra round trip: the condition fails only for a retry, and the stored
 * reply is then sent back (see transactWrite).
 */
export async function idempotencyPut(
  tableName: string,
  ctx: IdempotencyContext,
  reply: Reply,
  nowSeconds: number,
) {
  // The first reply can carry a secret link (manage or edit token): it is stored sealed, never readable.
  const sealedReply = seal(JSON.stringify(reply), await getSecret('emailPepper'));
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.idempotency(ctx.scopeHash),
        type: 'idempotency',
        requestHash: ctx.requestHash,
        reply: sealedReply,
        expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  };
}

/** Thrown when a request repeats an earlier one; the HTTP wrapper sends `reply` as it was. */
export class IdempotentReplay extends Error {
  constructor(readonly reply: Reply) {
    super('idempotent replay');
    this.name = 'IdempotentReplay';
  }
}

/** Given the stored record of a failed condition: replay the first reply, or 409 for another body. */
export async function replayOrConflict(
  ctx: IdempotencyContext,
  stored: Record<string, unknown>,
): Promise<never> {
  if (stored.requestHash !== ctx.requestHash) throw problem('idempotency-key-reused');
  throw new IdempotentReplay(
    JSON.parse(unseal(String(stored.reply), await getSecret('emailPepper'))) as Reply,
  );
}
