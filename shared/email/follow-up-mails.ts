import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { formatDateTime, formatTime, pageLink, text } from './format';
import { renderIcs } from './ics';
import type { Attachment } from './message';
import { calendarUid, type RegistrationMailData } from './registration-mails';
import type { RenderedMail } from './templates';

/**
 * Mail to an event's registrants after they registered: the reminder before the event, the notice
 * that it changed (time or place) or was cancelled, and a coordinator's message. Each calendar file
 * carries the registration's UID, so it updates (or removes) the entry the confirmation created.
 */
export interface FollowUpMailData extends RegistrationMailData {
  /** The event's calendar sequence (raised on every change); absent in a reminder of an unchanged event. */
  sequence?: number;
  /** Why the event was cancelled, as the editor wrote it (may be empty). */
  reason?: LocalizedMap;
}

export interface RegistrantMessageData {
  eventTitle: LocalizedMap;
  subject: string;
  body: string;
}

const greeting = { sv: 'Hej', fi: 'Hei', en: 'Hello' } as const;
const title = (data: { eventTitle: LocalizedMap }, lang: Language) => text(data.eventTitle, lang);

function when(data: FollowUpMailData, lang: Language) {
  const place = [text(data.place, lang), data.onlineUrl].filter(Boolean).join(' · ');
  const label = { sv: ['Tid', 'Plats'], fi: ['Aika', 'Paikka'], en: ['Time', 'Place'] }[lang];
  return `${label[0]}: ${formatDateTime(data.startsAt, lang)}–${formatTime(data.endsAt, lang)}${place ? `\n${label[1]}: ${place}` : ''}`;
}

function manage(data: FollowUpMailData, lang: Language) {
  const token = data.secrets?.manageToken;
  if (!token) return '';
  const label = {
    sv: 'Se eller avboka din anmälan',
    fi: 'Katso tai peru ilmoittautumisesi',
    en: 'View or cancel your registration',
  }[lang];
  return `\n\n${label}:\n${pageLink(lang, `registrations/${token}`)}`;
}

function calendar(data: FollowUpMailData, lang: Language, method: 'PUBLISH' | 'CANCEL'): Attachment[] {
  const token = data.secrets?.manageToken;
  return [
    {
      filename: 'event.ics',
      contentType: `text/calendar; method=${method}`,
      content: renderIcs({
        uid: calendarUid(data.registrationId),
        title: text(data.eventTitle, lang),
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        location: [text(data.place, lang), data.onlineUrl].filter(Boolean).join(', ') || undefined,
        url: token ? pageLink(lang, `registrations/${token}`) : undefined,
        sequence: data.sequence,
        method,
      }),
    },
  ];
}

const signature = {
  sv: '\n\n--\nJämställdhets- och likabehandlingsnätverket',
  fi: '\n\n--\nTasa-arvo- ja yhdenvertaisuusverkosto',
  en: '\n\n--\nEquality and non-discrimination network',
};

export const followUpMails = {
  'registration-reminder': (data: FollowUpMailData, lang: Language): RenderedMail => ({
    subject: { sv: 'Påminnelse', fi: 'Muistutus', en: 'Reminder' }[lang] + `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `Välkommen till ${title(data, lang)}! Här är tid och plats igen. Kalenderfilen finns bifogad.`,
        fi: `Tervetuloa tilaisuuteen ${title(data, lang)}! Tässä vielä aika ja paikka. Kalenteritiedosto on liitteenä.`,
        en: `Welcome to ${title(data, lang)}! Here are the time and place again. The calendar file is attached.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
    attachments: calendar(data, lang, 'PUBLISH'),
  }),
  'registration-event-changed': (data: FollowUpMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Ändrad tid eller plats', fi: 'Aika tai paikka muuttui', en: 'Time or place changed' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `Tiden eller platsen för ${title(data, lang)} har ändrats. Här är de nya uppgifterna. Den bifogade kalenderfilen uppdaterar händelsen i din kalender.`,
        fi: `Tilaisuuden ${title(data, lang)} aika tai paikka on muuttunut. Tässä ovat uudet tiedot. Liitteenä oleva kalenteritiedosto päivittää merkinnän kalenteriisi.`,
        en: `The time or place of ${title(data, lang)} has changed. Here are the new details. The attached calendar file updates the entry in your calendar.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
    attachments: calendar(data, lang, 'PUBLISH'),
  }),
  'registration-event-cancelled': (data: FollowUpMailData, lang: Language): RenderedMail => {
    const reason = text(data.reason, lang);
    return {
      subject:
        { sv: 'Evenemanget är inställt', fi: 'Tilaisuus on peruttu', en: 'The event is cancelled' }[lang] +
        `: ${title(data, lang)}`,
      text:
        `${greeting[lang]} ${data.name},\n\n` +
        {
          sv: `Tyvärr blir ${title(data, lang)} inte av. Din anmälan behöver du inte avboka. Den bifogade kalenderfilen tar bort händelsen ur din kalender.`,
          fi: `Valitettavasti tilaisuus ${title(data, lang)} on peruttu. Ilmoittautumistasi ei tarvitse perua. Liitteenä oleva kalenteritiedosto poistaa merkinnän kalenteristasi.`,
          en: `Unfortunately ${title(data, lang)} will not take place. You need not cancel your registration. The attached calendar file removes the entry from your calendar.`,
        }[lang] +
        (reason ? `\n\n${{ sv: 'Orsak', fi: 'Syy', en: 'Reason' }[lang]}: ${reason}` : '') +
        `\n\n${when(data, lang)}`,
      attachments: calendar(data, lang, 'CANCEL'),
    };
  },
  /** A coordinator's message, written in one language (the mail item's). */
  'registrant-message': (data: RegistrantMessageData, lang: Language): RenderedMail => ({
    subject: data.subject,
    text: `${data.body}\n\n${{ sv: 'Evenemang', fi: 'Tilaisuus', en: 'Event' }[lang]}: ${title(data, lang)}${signature[lang]}`,
  }),
};
