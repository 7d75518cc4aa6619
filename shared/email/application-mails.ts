import type { AnswerValue, Decision } from '../applications/application';
import type { CampaignQuestion } from '../applications/campaign';
import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { formatDateTime, formatDateTimeInline, pageLink, publicPageLink, text } from './format';
import type { RenderedMail } from './templates';

export interface ApplicationMailData {
  applicationId: string;
  campaignId: string;
  campaignTitle: LocalizedMap;
  companyName: string;
  businessId: string;
  contactName: string;
  closesAt: string;
  /** The questions as answered and the answers: the copy in a receipt. */
  questions?: CampaignQuestion[];
  answers?: Record<string, AnswerValue>;
  decision?: Decision;
  secrets?: { editToken?: string };
}

export interface ProposalInvitationData {
  campaignId: string;
  /** The campaign page's slugs (absent in mails queued before they were kept): the link uses them. */
  campaignSlugs?: { language: string; value: string }[];
  campaignTitle: LocalizedMap;
  companyName: string;
  closesAt: string;
}

const greeting = { sv: 'Hej', fi: 'Hei', en: 'Hello' } as const;
const yesNo = { sv: ['Ja', 'Nej'], fi: ['Kyllä', 'Ei'], en: ['Yes', 'No'] } as const;
const unanswered = { sv: '(inget svar)', fi: '(ei vastausta)', en: '(no answer)' } as const;

/** An answer as the applicant chose it: an option's label in the mail's language, never its key. */
function answerText(question: CampaignQuestion, value: AnswerValue | undefined, lang: Language): string {
  if (value === undefined) return unanswered[lang];
  if (typeof value === 'boolean') return yesNo[lang][value ? 0 : 1];
  const label = (v: string) => text(question.optionLabels?.find((o) => o.value === v)?.label, lang) || v;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (question.type === 'singleChoice' && typeof value === 'string') return label(value);
  return String(value);
}

/** Every question in the application's own snapshot, its label in the mail's language, with the answer. */
function answersCopy(data: ApplicationMailData, lang: Language): string {
  const heading = { sv: 'Dina svar', fi: 'Vastauksesi', en: 'Your answers' }[lang];
  const lines = (data.questions ?? []).map(
    (q) =>
      `${text(q.label, lang) || q.key}\n  ${answerText(q, data.answers?.[q.key], lang).replace(/\n/g, '\n  ')}`,
  );
  return `\n\n${heading}:\n\n${lines.join('\n\n')}`;
}

function editLink(data: ApplicationMailData, lang: Language): string {
  const token = data.secrets?.editToken;
  if (!token) return '';
  const label = {
    sv: `Se, ändra eller återkalla ansökan (fram till ${formatDateTime(data.closesAt, lang)})`,
    fi: `Katso, muuta tai peru hakemus (${formatDateTimeInline(data.closesAt, lang)} asti)`,
    en: `View, change or withdraw the application (until ${formatDateTime(data.closesAt, lang)})`,
  }[lang];
  return `\n\n${label}:\n${pageLink(lang, `applications/${token}`)}`;
}

const title = (data: { campaignTitle: LocalizedMap }, lang: Language) => text(data.campaignTitle, lang);
const hello = (data: ApplicationMailData, lang: Language) => `${greeting[lang]} ${data.contactName},\n\n`;

const decisionTexts: Record<
  Decision,
  { subject: LocalizedMap; body: (company: string, t: string) => LocalizedMap }
> = {
  shortlisted: {
    subject: {
      sv: 'Ett hedersomnämnande till er',
      fi: 'Kunniamaininta yrityksellenne',
      en: 'An honourable mention for your company',
    },
    body: (company, t) => ({
      sv: `Juryn har gett ${company} ett hedersomnämnande i ${t}. Grattis! Vi hör av oss om hur det uppmärksammas.`,
      fi: `Tuomaristo on antanut yritykselle ${company} kunniamaininnan kampanjassa ${t}. Onnittelut! Olemme yhteydessä kunniamaininnan julkistamisesta.`,
      en: `The jury has given ${company} an honourable mention in ${t}. Congratulations! We will be in touch about how it will be announced.`,
    }),
  },
  winner: {
    subject: {
      sv: 'Grattis, ni har vunnit',
      fi: 'Onnittelut, voititte',
      en: 'Congratulations, you have won',
    },
    body: (company, t) => ({
      sv: `Juryn har valt ${company} till vinnare i ${t}. Grattis! Vi kontaktar er om prisutdelningen.`,
      fi: `Tuomaristo on valinnut ${company} kampanjan ${t} voittajaksi. Onnittelut! Otamme yhteyttä palkintojenjaosta.`,
      en: `The jury has chosen ${company} as the winner of ${t}. Congratulations! We will contact you about the award.`,
    }),
  },
  'not-selected': {
    subject: { sv: 'Besked om er ansökan', fi: 'Tieto hakemuksestanne', en: 'About your application' },
    body: (company, t) => ({
      sv: `Tack för att ${company} deltog i ${t}. Juryn valde den här gången andra företag. Vi hoppas att ni söker igen!`,
      fi: `Kiitos, että ${company} osallistui kampanjaan ${t}. Tuomaristo valitsi tällä kertaa muita yrityksiä. Toivottavasti haette uudelleen!`,
      en: `Thank you for taking part in ${t} with ${company}. This time the jury chose other companies. We hope you apply again!`,
    }),
  },
};

export const applicationMails = {
  'application-draft': (data: ApplicationMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Utkast sparat', fi: 'Luonnos tallennettu', en: 'Draft saved' }[lang]}: ${title(data, lang)}`,
    text:
      hello(data, lang) +
      {
        sv: `Ansökan för ${data.companyName} är sparad som utkast. Den är inte inlämnad ännu: öppna länken, fyll i det som saknas och lämna in före ${formatDateTime(data.closesAt, 'sv')}.`,
        fi: `Yrityksen ${data.companyName} hakemus on tallennettu luonnoksena. Sitä ei ole vielä jätetty: avaa linkki, täydennä puuttuvat tiedot ja jätä hakemus viimeistään ${formatDateTimeInline(data.closesAt, 'fi')}.`,
        en: `The application for ${data.companyName} is saved as a draft. It is not submitted yet: open the link, fill in what is missing and submit before ${formatDateTime(data.closesAt, 'en')}.`,
      }[lang] +
      editLink(data, lang),
  }),
  'application-receipt': (data: ApplicationMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Ansökan mottagen', fi: 'Hakemus vastaanotettu', en: 'Application received' }[lang]}: ${title(data, lang)}`,
    text:
      hello(data, lang) +
      {
        sv: `Tack! Ansökan för ${data.companyName} (FO-nummer ${data.businessId}) är inlämnad till ${title(data, 'sv')}.`,
        fi: `Kiitos! Yrityksen ${data.companyName} (Y-tunnus ${data.businessId}) hakemus on jätetty kampanjaan ${title(data, 'fi')}.`,
        en: `Thank you! The application for ${data.companyName} (Business ID ${data.businessId}) is submitted to ${title(data, 'en')}.`,
      }[lang] +
      answersCopy(data, lang) +
      editLink(data, lang),
  }),
  'application-updated': (data: ApplicationMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Ansökan ändrad', fi: 'Hakemusta muutettu', en: 'Application changed' }[lang]}: ${title(data, lang)}`,
    text:
      hello(data, lang) +
      {
        sv: `Ändringarna i ansökan för ${data.companyName} är sparade. Ansökan är fortfarande inlämnad.`,
        fi: `Yrityksen ${data.companyName} hakemukseen tehdyt muutokset on tallennettu. Hakemus on edelleen jätetty.`,
        en: `The changes to the application for ${data.companyName} are saved. The application is still submitted.`,
      }[lang] +
      answersCopy(data, lang) +
      editLink(data, lang),
  }),
  'application-withdrawn': (data: ApplicationMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Ansökan återkallad', fi: 'Hakemus peruttu', en: 'Application withdrawn' }[lang]}: ${title(data, lang)}`,
    text:
      hello(data, lang) +
      {
        sv: `Ansökan för ${data.companyName} är återkallad. Företaget kan ansöka på nytt så länge ansökningstiden pågår.`,
        fi: `Yrityksen ${data.companyName} hakemus on peruttu. Yritys voi hakea uudelleen hakuajan kuluessa.`,
        en: `The application for ${data.companyName} is withdrawn. The company may apply again while applications are open.`,
      }[lang],
  }),
  'application-decision': (data: ApplicationMailData, lang: Language): RenderedMail => {
    const decision = decisionTexts[data.decision ?? 'not-selected'];
    return {
      subject: `${text(decision.subject, lang)}: ${title(data, lang)}`,
      text: hello(data, lang) + text(decision.body(data.companyName, title(data, lang)), lang),
    };
  },
  'proposal-invitation': (data: ProposalInvitationData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Ni har föreslagits', fi: 'Teitä on ehdotettu', en: 'You have been proposed' }[lang]}: ${title(data, lang)}`,
    text:
      {
        sv: `Hej,\n\n${data.companyName} har föreslagits till ${title(data, 'sv')}. Vi vore glada om ni ansöker: läs mer och fyll i ansökan senast ${formatDateTime(data.closesAt, 'sv')} på sidan nedan.`,
        fi: `Hei,\n\n${data.companyName} on ehdotettu kampanjaan ${title(data, 'fi')}. Toivomme, että haette: lue lisää ja täytä hakemus viimeistään ${formatDateTimeInline(data.closesAt, 'fi')} alla olevalla sivulla.`,
        en: `Hello,\n\n${data.companyName} has been proposed for ${title(data, 'en')}. We would be glad if you applied: read more and fill in the application by ${formatDateTime(data.closesAt, 'en')} on the page below.`,
      }[lang] + `\n\n${publicPageLink('campaign', lang, { id: data.campaignId, slugs: data.campaignSlugs })}`,
  }),
};
