import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { type PluralText, pluralText } from '../i18n/plural';
import { formatDateTimeInline, pageLink, text } from './format';
import type { RenderedMail } from './templates';

export interface JuryReminderData {
  campaignId: string;
  campaignTitle: LocalizedMap;
  /** Submitted applications the juror has neither scored (submitted) nor declared a conflict on. */
  left: number;
  /** The last moment to score, when the campaign sets one. */
  reviewDeadline?: string;
}

const applicationsLeft: PluralText = {
  sv: {
    one: 'Du har ännu {n} ansökan kvar att bedöma.',
    other: 'Du har ännu {n} ansökningar kvar att bedöma.',
  },
  fi: {
    one: 'Sinulla on vielä {n} hakemus arvioimatta.',
    other: 'Sinulla on vielä {n} hakemusta arvioimatta.',
  },
  en: {
    one: 'You still have {n} application left to review.',
    other: 'You still have {n} applications left to review.',
  },
};

const words = {
  subject: { sv: 'Påminnelse om bedömningar', fi: 'Muistutus arvioinneista', en: 'Reminder: reviews left' },
  hello: { sv: 'Hej', fi: 'Hei', en: 'Hello' },
  campaign: { sv: 'Kampanj', fi: 'Kampanja', en: 'Campaign' },
  due: {
    sv: 'Bedömningarna ska vara klara senast',
    fi: 'Arvioinnit on tehtävä viimeistään',
    en: 'Reviews are due by',
  },
  drafts: {
    sv: 'Sparade utkast räknas först när du lämnar in dem.',
    fi: 'Tallennetut luonnokset otetaan huomioon vasta, kun lähetät ne.',
    en: 'Saved drafts count only once you submit them.',
  },
  link: { sv: 'Logga in och bedöm', fi: 'Kirjaudu sisään ja arvioi', en: 'Sign in and review' },
} as const satisfies Record<string, Record<Language, string>>;

/** The jury's mail: a reminder of the reviews a juror has left, with the way to the jury pages. */
export const juryMails = {
  'jury-reminder': (data: JuryReminderData, lang: Language): RenderedMail => {
    const title = text(data.campaignTitle, lang);
    const deadline = data.reviewDeadline
      ? `\n${words.due[lang]} ${formatDateTimeInline(data.reviewDeadline, lang)}.`
      : '';
    return {
      subject: `${words.subject[lang]}: ${title}`,
      text:
        `${words.hello[lang]},\n\n${words.campaign[lang]}: ${title}\n` +
        `${pluralText(applicationsLeft, lang, data.left)}${deadline}\n${words.drafts[lang]}\n\n` +
        `${words.link[lang]}:\n${pageLink(lang, 'console/jury')}`,
    };
  },
};
