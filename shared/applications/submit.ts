import { newToken, ulid } from '../crypto';
import { type Idempotency, recordOf } from '../http/idempotency';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { ContentionError, transactWrite } from '../table/transact';
import { type ApplicationInput, applicationExpiry } from './application';
import { checkApplication } from './application-check';
import { applicationMail, applicationRecord, businessIdMarkerPut, editTokenPut } from './application-items';
import { applicationProblems } from './application-problems';
import { campaignCheckFailure, campaignOpenCheck, isOpen, readCampaign } from './campaign';

export interface ApplicationDeps {
  table: Table;
  pepper: string;
  now: Date;
  /** Days applications are kept after the campaign closes (settings). */
  applicationDays: number;
}

/**
 * A saved application: its id, whether it was submitted or kept as a draft, and its secret edit link
 * (for the mail item and callers in the same process: the HTTP reply never carries it).
 */
export interface ApplicationSaved {
  applicationId: string;
  status: 'draft' | 'submitted';
  editToken: string;
}

/** A campaign edited between our read and our write is read and validated again, a bounded number of times. */
export const MAX_VALIDATIONS = 4;

/**
 * POST /campaigns/{campaignId}/applications. Validated against the campaign as the operational copy
 * holds it (one consistent GetItem), then ONE TransactWriteItems: the campaign still open and of
 * the version validated against, the application with its question snapshot, the edit token's hash,
 * the mail (receipt with the answers when submitted, the edit link for a draft), the Idempotency-Key
 * record and, only when submitting, the claim on the Business ID (none yet: a second submission for
 * the same company is 409). A draft claims nothing: it is claimed when it is submitted.
 */
export async function submitApplication(
  deps: ApplicationDeps,
  campaignId: string,
  input: ApplicationInput,
  lang: Language,
  idempotency: Idempotency<ApplicationSaved> | undefined,
): Promise<ApplicationSaved> {
  const { table, now } = deps;
  const nowMs = now.getTime();
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const meta = await readCampaign(table, campaignId);
    if (!meta) throw applicationProblems.unknownCampaign();
    if (!isOpen(meta, nowMs)) throw applicationProblems.closed();
    const checked = checkApplication(meta, input, input.submit, lang);
    if (checked.errors.length) throw applicationProblems.invalid(checked.errors);

    const applicationId = ulid(nowMs);
    const editToken = newToken();
    const status: ApplicationSaved['status'] = input.submit ? 'submitted' : 'draft';
    const expiresAt = applicationExpiry(meta, deps.applicationDays);
    const item = applicationRecord({
      campaignId,
      applicationId,
      input,
      answers: checked.answers,
      meta,
      status,
      now,
      expiresAt,
      pepper: deps.pepper,
    });
    const saved: ApplicationSaved = { applicationId, status, editToken };
    const claims = status === 'submitted';
    const outcome = await transactWrite(
      table,
      [
        campaignOpenCheck(table, meta, nowMs),
        ...(claims
          ? [businessIdMarkerPut(table, campaignId, input.company.businessId, applicationId, expiresAt, now)]
          : []),
        { Put: { TableName: table.name, Item: item } },
        editTokenPut(table, editToken, campaignId, applicationId, expiresAt),
        applicationMail(
          table,
          status === 'submitted' ? 'application-receipt' : 'application-draft',
          item,
          meta,
          deps,
          editToken,
        ),
      ],
      recordOf(idempotency, saved, Math.floor(nowMs / 1000)),
    );
    if (outcome.ok) return saved;

    const [campaign, marker] = claims ? outcome.cancelled : [outcome.cancelled[0]];
    if (campaign?.code === 'ConditionalCheckFailed') {
      const why = campaignCheckFailure(campaign.old, meta, nowMs);
      if (why === 'missing') throw applicationProblems.unknownCampaign();
      if (why === 'closed') throw applicationProblems.closed();
      continue; // edited in Sanity meanwhile: validate against the new version
    }
    if (marker?.code === 'ConditionalCheckFailed') throw applicationProblems.duplicate();
    // Only the token collided (2^-256): go again with a new one.
  }
  throw new ContentionError();
}
