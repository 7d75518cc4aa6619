import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { pluralText } from '../i18n/plural';
import { formatDateTime, pageLink, text } from './format';
import type { RenderedMail } from './templates';

export interface NominationMailData {
  organizationName: LocalizedMap;
  roundTitle: LocalizedMap;
  instructions: LocalizedMap;
  deadline: string;
  seats: { members: number; deputies: number };
  askBothGenders: boolean;
  secrets?: { token?: string };
}

/** "1 ledamot", "2 ledamöter"; the organisations are addressed in the plural (ni, te). */
const seatCounts = {
  members: {
    sv: { one: '{n} ledamot', other: '{n} ledamöter' },
    fi: { one: '{n} jäsen', other: '{n} jäsentä' },
    en: { one: '{n} member', other: '{n} members' },
  },
  deputies: {
    sv: { one: '{n} ersättare', other: '{n} ersättare' },
    fi: { one: '{n} varajäsen', other: '{n} varajäsentä' },
    en: { one: '{n} deputy', other: '{n} deputies' },
  },
};

function body(data: NominationMailData, lang: Language) {
  const members = pluralText(seatCounts.members, lang, data.seats.members);
  const deputies = pluralText(seatCounts.deputies, lang, data.seats.deputies);
  const seats = {
    sv: `Platser: ${members} och ${deputies}.`,
    fi: `Paikat: ${members} ja ${deputies}.`,
    en: `Seats: ${members} and ${deputies}.`,
  }[lang];
  const both = data.askBothGenders
    ? {
        sv: '\nFöreslå både en kvinna och en man för varje plats (jämställdhetslagen 4 a §). Avvikelser ska motiveras.',
        fi: '\nEhdottakaa jokaiselle paikalle sekä naista että miestä (tasa-arvolaki 4 a §). Poikkeamat on perusteltava.',
        en: '\nPlease propose both a woman and a man for each seat (Equality Act, section 4 a). Deviations must be justified.',
      }[lang]
    : '';
  const deadline = { sv: 'Svara senast', fi: 'Vastatkaa viimeistään', en: 'Answer by' }[lang];
  const link = { sv: 'Svara här', fi: 'Vastatkaa tästä', en: 'Answer here' }[lang];
  return `${text(data.instructions, lang)}\n\n${seats}${both}\n${deadline}: ${formatDateTime(data.deadline, lang)}\n\n${link}:\n${pageLink(lang, `nominations/${data.secrets?.token ?? ''}`)}`;
}

export const nominationMails = {
  'nomination-request': (data: NominationMailData, lang: Language): RenderedMail => ({
    subject: `${text(data.roundTitle, lang)}: ${text(data.organizationName, lang)}`,
    text:
      {
        sv: `Till ${text(data.organizationName, lang)}\n\nNi ombeds nominera medlemmar till nätverket.\n\n`,
        fi: `${text(data.organizationName, lang)}\n\nPyydämme teitä nimeämään jäseniä verkostoon.\n\n`,
        en: `To ${text(data.organizationName, lang)}\n\nYou are asked to nominate members to the network.\n\n`,
      }[lang] + body(data, lang),
  }),
  'nomination-reminder': (data: NominationMailData, lang: Language): RenderedMail => ({
    subject: `${{ sv: 'Påminnelse', fi: 'Muistutus', en: 'Reminder' }[lang]}: ${text(data.roundTitle, lang)}`,
    text:
      {
        sv: `Till ${text(data.organizationName, lang)}\n\nVi har ännu inte fått ert svar.\n\n`,
        fi: `${text(data.organizationName, lang)}\n\nEmme ole vielä saaneet vastaustanne.\n\n`,
        en: `To ${text(data.organizationName, lang)}\n\nWe have not received your answer yet.\n\n`,
      }[lang] + body(data, lang),
  }),
};
