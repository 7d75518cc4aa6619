import type { LocalizedText } from '../http/problem';
import type { Language } from '../http/route';
import { affiliationMails } from './affiliation-mails';
import { applicationMails } from './application-mails';
import { followUpMails } from './follow-up-mails';
import { juryMails } from './jury-mails';
import { membershipMails } from './membership-mails';
import type { Attachment } from './message';
import { nominationMails } from './nomination-mails';
import { registrationMails } from './registration-mails';
import { surveyMails } from './survey-mails';

export interface RenderedMail {
  subject: string;
  text: string;
  attachments?: Attachment[];
}

const signature: LocalizedText = {
  sv: '\n\n--\nJämställdhets- och likabehandlingsnätverket',
  fi: '\n\n--\nTasa-arvo- ja yhdenvertaisuusverkosto',
  en: '\n\n--\nEquality and non-discrimination network',
};

/**
 * Every mail the platform sends, by name, rendered in the recipient's language. Each flow adds its
 * templates here; the notifier renders whatever a mail item names.
 */
export const templates = {
  /** A short message written by a coordinator or a job, already in every language. */
  notice: (data: { subject: LocalizedText; body: LocalizedText }, lang: Language): RenderedMail => ({
    subject: data.subject[lang],
    text: data.body[lang] + signature[lang],
  }),
  ...registrationMails,
  ...membershipMails,
  ...applicationMails,
  ...nominationMails,
  ...surveyMails,
  ...juryMails,
  ...followUpMails,
  ...affiliationMails,
} satisfies Record<string, (data: never, lang: Language) => RenderedMail>;

export type TemplateName = keyof typeof templates;
export type TemplateData<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];

export function renderTemplate(name: string, data: unknown, lang: Language): RenderedMail {
  const template = (templates as Record<string, (data: unknown, lang: Language) => RenderedMail>)[name];
  if (!template) throw new Error(`Unknown mail template ${name}`);
  return template(data, lang);
}
