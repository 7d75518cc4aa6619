import * as z from 'zod/mini';
import { BUSINESS_ID_FORMAT, isValidBusinessId } from '../applications/business-id';
import { sha256 } from '../crypto';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import { email, text } from '../http/schemas';
import { msg } from '../i18n/field-messages';

/**
 * An organisation's affiliation to the strategy (anslutning): who decided it, its contact person, and
 * what it already does and will contribute per goal of the strategy. STRATEGY#<id>/AFF#<ulid>.
 *
 * Pipeline: unconfirmed (the contact has not clicked the mailed link) → received → dialogueBooked →
 * dialogueHeld → joined; or declined / withdrawn from any active step.
 */
export const ORGANISATION_TYPES = [
  'municipality',
  'welfareArea',
  'authority',
  'company',
  'association',
  'education',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const AFFILIATION_STATUSES = [
  'unconfirmed',
  'received',
  'dialogueBooked',
  'dialogueHeld',
  'joined',
  'declined',
  'withdrawn',
] as const;
export type AffiliationStatus = (typeof AFFILIATION_STATUSES)[number];

/** The steps a coordinator may take from each status (withdrawal by the organisation is its own path). */
export const NEXT_STATUSES: Record<AffiliationStatus, readonly AffiliationStatus[]> = {
  unconfirmed: [],
  received: ['dialogueBooked', 'declined', 'withdrawn'],
  dialogueBooked: ['dialogueHeld', 'declined', 'withdrawn'],
  dialogueHeld: ['joined', 'declined', 'withdrawn'],
  joined: ['withdrawn'],
  declined: [],
  withdrawn: [],
};

/** Statuses that hold the organisation's claim: one such affiliation per organisation per strategy. */
export const ACTIVE_STATUSES: readonly AffiliationStatus[] = [
  'unconfirmed',
  'received',
  'dialogueBooked',
  'dialogueHeld',
  'joined',
];

export interface Contribution {
  /** What the organisation already does for the goal. */
  already?: string;
  /** What it will contribute. */
  contribute?: string;
}

export interface Contact {
  name: string;
  title: string;
  email: string;
  phone: string;
  language: Language;
}

export interface AffiliationInput {
  organisationName: string;
  organisationType: OrganisationType;
  municipality: string;
  businessId?: string;
  decisionBody: string;
  decisionDate: string;
  minutesUrl?: string;
  contact: Contact;
  /** By goal key. */
  contributions: Record<string, Contribution>;
  consentToPublish: boolean;
}

export interface AffiliationNote {
  at: string;
  by: string;
  text: string;
}

export interface AffiliationItem extends AffiliationInput {
  pk: string;
  sk: string;
  type: 'affiliation';
  affiliationId: string;
  strategyId: string;
  organisationKey: string;
  status: AffiliationStatus;
  /** Bumped by every change of the contribution; earlier ones are kept as AFFVER# items. */
  version: number;
  createdAt: string;
  confirmedAt?: string;
  dialogueBookedFor?: string;
  dialogueHeldOn?: string;
  joinedOn?: string;
  declinedOn?: string;
  withdrawnAt?: string;
  updatedAt: string;
  notes?: AffiliationNote[];
  /** SHA-256 of each manage link mailed to the current contact. */
  manageTokens?: Set<string>;
  contributionUpdatedAt?: string;
  /** The last yearly follow-up mailed to the contact (shared/affiliations/follow-up.ts). */
  followUpSentAt?: string;
  /** The contact's answer to a follow-up: the contribution still stands. */
  contributionConfirmedAt?: string;
  contactErasedAt?: string;
  expiresAt?: number;
  personKey?: string;
  personSort?: string;
}

/** "  Kommunen  i Närpes " and "kommunen i närpes" are one organisation: case, spaces and accents aside. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key an organisation is claimed by: its Business ID when given, else its normalised name (hashed). */
export const organisationKey = (input: Pick<AffiliationInput, 'businessId' | 'organisationName'>) =>
  input.businessId ? `BID#${input.businessId}` : `NAME#${sha256(normaliseName(input.organisationName))}`;

const businessId = z
  .string()
  .check(
    z.trim(),
    z.regex(BUSINESS_ID_FORMAT, { error: msg('businessIdFormat'), abort: true }),
    z.refine(isValidBusinessId, { error: msg('businessIdCheckDigit') }),
  );
const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};
const minutesUrl = z
  .string()
  .check(z.trim(), z.maxLength(2000), z.refine(isHttpUrl, { error: msg('httpUrl') }));
const phone = z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 ()-]{4,30}$/, { error: msg('phone') }));
const isoDate = z.string().check(
  z.trim(),
  z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    error: msg('isoDate'),
  }),
);

const contactFields = {
  contactName: text(200),
  contactTitle: text(200),
  contactEmail: email(),
  contactPhone: phone,
};

/** Handing over to another contact person (the manage page). */
export const contactFormSchema = z.strictObject(contactFields);

/** The form's flat fields (the site form and the API share them); goal answers are named per goal key. */
export function affiliationFormSchema(goalKeys: readonly string[], municipalities: readonly string[]) {
  const goals: Record<string, z.ZodMiniOptional<ReturnType<typeof text>>> = {};
  for (const key of goalKeys) {
    goals[`already-${key}`] = z.optional(text(4000));
    goals[`contribute-${key}`] = z.optional(text(4000));
  }
  return z.strictObject({
    organisationName: text(200),
    organisationType: z.enum(ORGANISATION_TYPES, { error: msg('choose') }),
    municipality: z.string().check(z.refine((v) => municipalities.includes(v), { error: msg('choose') })),
    businessId: z.optional(businessId),
    decisionBody: text(200),
    decisionDate: isoDate,
    minutesUrl: z.optional(minutesUrl),
    ...contactFields,
    consentToPublish: z.optional(z.boolean()),
    consent: z.literal(true, { error: msg('consent') }),
    ...goals,
  });
}

export type AffiliationForm = z.output<ReturnType<typeof affiliationFormSchema>>;

/** The flat form as the use case's input, or the field errors (at least one goal must get a contribution). */
export function affiliationInputOf(
  form: Record<string, unknown>,
  goalKeys: readonly string[],
  lang: Language,
): AffiliationInput {
  const contributions: Record<string, Contribution> = {};
  for (const key of goalKeys) {
    const already = form[`already-${key}`] as string | undefined;
    const contribute = form[`contribute-${key}`] as string | undefined;
    if (already || contribute)
      contributions[key] = { ...(already ? { already } : {}), ...(contribute ? { contribute } : {}) };
  }
  return {
    organisationName: String(form.organisationName),
    organisationType: form.organisationType as OrganisationType,
    municipality: String(form.municipality),
    ...(form.businessId ? { businessId: String(form.businessId) } : {}),
    decisionBody: String(form.decisionBody),
    decisionDate: String(form.decisionDate),
    ...(form.minutesUrl ? { minutesUrl: String(form.minutesUrl) } : {}),
    contact: {
      name: String(form.contactName),
      title: String(form.contactTitle),
      email: String(form.contactEmail),
      phone: String(form.contactPhone),
      language: lang,
    },
    contributions,
    consentToPublish: form.consentToPublish === true,
  };
}

export const affiliationProblems = {
  unknownLink: () =>
    problem('not-found', {
      detail: {
        sv: 'Länken är ogiltig eller har gått ut.',
        fi: 'Linkki on virheellinen tai vanhentunut.',
        en: 'The link is invalid or has expired.',
      },
    }),
  unknownAffiliation: () =>
    problem('not-found', {
      detail: {
        sv: 'Anslutningen finns inte.',
        fi: 'Liittymistä ei ole olemassa.',
        en: 'The affiliation does not exist.',
      },
    }),
  noStrategy: () =>
    problem('not-found', {
      detail: {
        sv: 'Det finns ingen strategi att ansluta sig till.',
        fi: 'Liityttävää strategiaa ei ole.',
        en: 'There is no strategy to join.',
      },
    }),
  transition: (from: AffiliationStatus, to: AffiliationStatus) =>
    problem('conflict', {
      detail: {
        sv: `Anslutningen kan inte gå från ${statusLabels[from].sv} till ${statusLabels[to].sv}.`,
        fi: `Liittymistä ei voi siirtää tilasta ${statusLabels[from].fi} tilaan ${statusLabels[to].fi}.`,
        en: `The affiliation cannot go from ${statusLabels[from].en} to ${statusLabels[to].en}.`,
      },
    }),
  dateNeeded: () =>
    problem('invalid-input', {
      errors: [{ path: 'date', message: 'msg:isoDate' }],
      detail: {
        sv: 'Ange datumet för steget.',
        fi: 'Anna vaiheen päivämäärä.',
        en: 'Give the date of the step.',
      },
    }),
  changed: () =>
    problem('conflict', {
      detail: {
        sv: 'Anslutningen ändrades under tiden. Ladda om sidan och försök igen.',
        fi: 'Liittymistä muutettiin sillä välin. Lataa sivu uudelleen ja yritä uudestaan.',
        en: 'The affiliation changed meanwhile. Reload the page and try again.',
      },
    }),
  noContribution: () =>
    problem('invalid-input', {
      detail: {
        sv: 'Beskriv bidraget till minst ett mål.',
        fi: 'Kuvaa panos vähintään yhteen tavoitteeseen.',
        en: 'Describe the contribution to at least one goal.',
      },
    }),
};

/** Each status as it reads in a sentence and a list, per language. */
export const statusLabels: Record<AffiliationStatus, Record<Language, string>> = {
  unconfirmed: { sv: 'obekräftad', fi: 'vahvistamaton', en: 'unconfirmed' },
  received: { sv: 'mottagen', fi: 'vastaanotettu', en: 'received' },
  dialogueBooked: { sv: 'dialog bokad', fi: 'keskustelu sovittu', en: 'dialogue booked' },
  dialogueHeld: { sv: 'dialog hållen', fi: 'keskustelu käyty', en: 'dialogue held' },
  joined: { sv: 'ansluten', fi: 'liittynyt', en: 'joined' },
  declined: { sv: 'avböjd', fi: 'hylätty', en: 'declined' },
  withdrawn: { sv: 'återkallad', fi: 'peruttu', en: 'withdrawn' },
};
