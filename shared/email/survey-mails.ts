import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { formatDateTimeInline, pageLink, text } from './format';
import type { RenderedMail } from './templates';

export interface SurveyMailData {
  surveyTitle: LocalizedMap;
  closesAt: string;
  secrets?: { token?: string };
}

/** The invitation to answer a survey: one personal link, answered once and anonymously. */
export const surveyMails = {
  'survey-invitation': (data: SurveyMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Enkät', fi: 'Kysely', en: 'Survey' }[lang]}: ${text(data.surveyTitle, lang)}`,
    text:
      {
        sv: `Hej,\n\nVi vill gärna höra vad du tycker. Svara på enkäten "${text(data.surveyTitle, lang)}" senast ${formatDateTimeInline(data.closesAt, lang)}. Svaren är anonyma: vi sparar inte vem som svarat vad. Länken är personlig och kan användas en gång.`,
        fi: `Hei,\n\nHaluaisimme kuulla mielipiteesi. Vastaa kyselyyn "${text(data.surveyTitle, lang)}" viimeistään ${formatDateTimeInline(data.closesAt, lang)}. Vastaukset ovat nimettömiä: emme tallenna, kuka vastasi mitäkin. Linkki on henkilökohtainen, ja sillä voi vastata kerran.`,
        en: `Hello,\n\nWe would like to hear what you think. Please answer the survey "${text(data.surveyTitle, lang)}" by ${formatDateTimeInline(data.closesAt, lang)}. Answers are anonymous: we do not keep who answered what. The link is personal and works once.`,
      }[lang] + `\n\n${pageLink(lang, `surveys/${data.secrets?.token ?? ''}`)}`,
  }),
};
