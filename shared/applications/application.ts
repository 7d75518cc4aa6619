import type { Language } from '../http/route';
import type { CampaignMeta, CampaignQuestion } from './campaign';

export type ApplicationStatus = 'draft' | 'submitted' | 'withdrawn';
export type Decision = 'shortlisted' | 'winner' | 'not-selected';
export type AnswerValue = string | number | boolean | string[];

/** The body of POST /campaigns/{id}/applications and PUT /applications/{token}, as validated by zod. */
export interface ApplicationInput {
  company: {
    name: string;
    businessId: string;
    municipality: string;
    employees?: number;
    sector?: string;
    website?: string;
  };
  contact: { name: string; email: string; phone?: string; language?: Language };
  answers: Record<string, AnswerValue | null>;
  submit: boolean;
  consent: true;
}

/**
 * CAMPAIGN#<id>/APP#<ulid>. It holds the contact's personal data, so it is in the person index and
 * expires (`applicationDays` after the campaign closes). The questions are kept as answered: later
 * edits of the campaign in Sanity never change what an application shows.
 */
export interface ApplicationItem {
  pk: string;
  sk: string;
  type: 'application';
  applicationId: string;
  campaignId: string;
  status: ApplicationStatus;
  decision?: Decision;
  company: ApplicationInput['company'];
  contact: { name: string; email: string; phone?: string; language: Language };
  answers: Record<string, AnswerValue>;
  questions: CampaignQuestion[];
  sourceRev: string;
  sourceVersion: number;
  /** Bumped by every change; edits are conditioned on the revision they read. */
  revision: number;
  consentAt: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  withdrawnAt?: string;
  decidedAt?: string;
  expiresAt: number;
  personKey: string;
  personSort: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/** Applications and everything tied to them are kept `applicationDays` (settings) after the campaign closes. */
export const applicationExpiry = (meta: Pick<CampaignMeta, 'closesAtMs'>, applicationDays: number) =>
  Math.floor(meta.closesAtMs / 1000) + applicationDays * DAY_SECONDS;
