import { emailHash, sha256 } from '../crypto';
import type { ApplicationMailData } from '../email/application-mails';
import { mailPut } from '../email/mail-item';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import type { TransactItem } from '../table/transact';
import type { AnswerValue, ApplicationInput, ApplicationItem, ApplicationStatus } from './application';
import type { CampaignMeta } from './campaign';

/**
 * The application item as a write leaves it: the input, the answers as validated, and the questions of
 * the campaign version they were validated against (the snapshot). An edit keeps what only the
 * system sets (created, consent, submitted times) from the item it read.
 */
export function applicationRecord(a: {
  campaignId: string;
  applicationId: string;
  input: ApplicationInput;
  answers: Record<string, AnswerValue>;
  meta: CampaignMeta;
  status: ApplicationStatus;
  previous?: ApplicationItem;
  now: Date;
  expiresAt: number;
  pepper: string;
}): ApplicationItem {
  const at = a.now.toISOString();
  const { company, contact } = a.input;
  const submittedAt = a.previous?.submittedAt ?? (a.status === 'submitted' ? at : undefined);
  return {
    ...keys.application(a.campaignId, a.applicationId),
    type: 'application',
    applicationId: a.applicationId,
    campaignId: a.campaignId,
    status: a.status,
    company: {
      name: company.name,
      businessId: company.businessId,
      municipality: company.municipality,
      ...(company.employees !== undefined ? { employees: company.employees } : {}),
      ...(company.sector ? { sector: company.sector } : {}),
      ...(company.website ? { website: company.website } : {}),
    },
    contact: {
      name: contact.name,
      email: contact.email,
      ...(contact.phone ? { phone: contact.phone } : {}),
      language: contact.language ?? 'sv',
    },
    answers: a.answers,
    questions: a.meta.questions ?? [],
    sourceRev: a.meta.sourceRev,
    sourceVersion: a.meta.sourceVersion,
    revision: (a.previous?.revision ?? 0) + 1,
    consentAt: a.previous?.consentAt ?? at,
    createdAt: a.previous?.createdAt ?? at,
    updatedAt: at,
    ...(submittedAt ? { submittedAt } : {}),
    expiresAt: a.expiresAt,
    personKey: personIndexKeys.person(emailHash(contact.email, a.pepper)),
    personSort: personIndexKeys.sort('APP', a.applicationId),
  };
}

/**
 * The claim on a Business ID: one submitted application per Business ID per campaign. Only submitting
 * claims (a draft claims nothing, so a throwaway draft cannot lock a company out). The marker is put
 * where none is, or over this application's own (an edit of a submitted application refreshes it, so it
 * always carries the application's expiry and goes with it). Another application's claim fails the
 * condition: 409.
 */
export function businessIdMarkerPut(
  table: Table,
  campaignId: string,
  businessId: string,
  applicationId: string,
  expiresAt: number,
  now: Date,
): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.businessIdMarker(campaignId, businessId),
        type: 'businessIdMarker',
        applicationId,
        claimedAt: now.toISOString(),
        expiresAt,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :id',
      ExpressionAttributeValues: { ':id': applicationId },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/**
 * Frees the Business ID again (withdrawal, or an edit of a submitted application that corrects it).
 * Only for an application that holds the claim: another application's claim fails the condition.
 */
export function businessIdMarkerRelease(
  table: Table,
  campaignId: string,
  businessId: string,
  applicationId: string,
): TransactItem {
  return {
    Delete: {
      TableName: table.name,
      Key: keys.businessIdMarker(campaignId, businessId),
      ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :id',
      ExpressionAttributeValues: { ':id': applicationId },
    },
  };
}

/** The edit link's token: only its SHA-256 is stored, looked up with GetItem. */
export function editTokenPut(
  table: Table,
  token: string,
  campaignId: string,
  applicationId: string,
  expiresAt: number,
): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.token(sha256(token)),
        type: 'token',
        kind: 'application',
        campaignId,
        applicationId,
        expiresAt,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export type ApplicationTemplate =
  | 'application-draft'
  | 'application-receipt'
  | 'application-updated'
  | 'application-withdrawn'
  | 'application-decision';

/** What an application mail shows (minus the edit link): the data of its mail item, and of a preview. */
export function applicationMailData(
  template: ApplicationTemplate,
  item: ApplicationItem,
  meta: Pick<CampaignMeta, 'title' | 'closesAt'>,
): Omit<ApplicationMailData, 'secrets'> {
  const withAnswers = template === 'application-receipt' || template === 'application-updated';
  return {
    applicationId: item.applicationId,
    campaignId: item.campaignId,
    campaignTitle: meta.title ?? {},
    companyName: item.company.name,
    businessId: item.company.businessId,
    contactName: item.contact.name,
    closesAt: meta.closesAt,
    ...(withAnswers ? { questions: item.questions, answers: item.answers } : {}),
    ...(item.decision ? { decision: item.decision } : {}),
  };
}

/** A mail to the application's contact, in their language; the edit link travels sealed. */
export function applicationMail(
  table: Table,
  template: ApplicationTemplate,
  item: ApplicationItem,
  meta: Pick<CampaignMeta, 'title' | 'closesAt'>,
  deps: { pepper: string; now: Date },
  editToken?: string,
): TransactItem {
  return mailPut(
    table.name,
    {
      template,
      to: item.contact.email,
      lang: item.contact.language,
      data: applicationMailData(template, item, meta),
      ...(editToken ? { secrets: { editToken } } : {}),
    },
    deps.pepper,
    deps.now,
  );
}
