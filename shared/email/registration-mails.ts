import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { formatDateTime, formatTime, pageLink, text } from './format';
import { renderIcs } from './ics';
import type { RenderedMail } from './templates';

export interface RegistrationMailData {
  registrationId: string;
  name: string;
  eventId: string;
  eventTitle: LocalizedMap;
  place: LocalizedMap;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  waitlistPosition?: number;
  /** A held seat: until when it is held unconfirmed; `promoted` when it came from the waiting list. */
  holdExpiresAt?: string;
  promoted?: boolean;
  secrets?: { manageToken?: string };
}

const greeting = { sv: 'Hej', fi: 'Hei', en: 'Hello' } as const;

function when(data: RegistrationMailData, lang: Language) {
  const place = [text(data.place, lang), data.onlineUrl].filter(Boolean).join(' · ');
  const label = { sv: ['Tid', 'Plats'], fi: ['Aika', 'Paikka'], en: ['Time', 'Place'] }[lang];
  return `${label[0]}: ${formatDateTime(data.startsAt, lang)}–${formatTime(data.endsAt, lang)}${place ? `\n${label[1]}: ${place}` : ''}`;
}

const manageLabel = {
  sv: 'Se eller avboka din anmälan',
  fi: 'Katso tai peru ilmoittautumisesi',
  en: 'View or cancel your registration',
};
const confirmLabel = {
  sv: 'Bekräfta eller avboka din plats',
  fi: 'Vahvista tai peru paikkasi',
  en: 'Confirm or cancel your seat',
};

function manage(data: RegistrationMailData, lang: Language, labels = manageLabel) {
  const token = data.secrets?.manageToken;
  if (!token) return '';
  const label = labels[lang];
  return `\n\n${label}:\n${pageLink(lang, `registrations/${token}`)}`;
}

/** The calendar entry's UID: one per registration, so every later copy (changed, cancelled) replaces it. */
export const calendarUid = (registrationId: string) => `${registrationId}@equality-network`;

function calendar(data: RegistrationMailData, lang: Language) {
  const token = data.secrets?.manageToken;
  return [
    {
      filename: 'event.ics',
      contentType: 'text/calendar; method=PUBLISH',
      content: renderIcs({
        uid: calendarUid(data.registrationId),
        title: text(data.eventTitle, lang),
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        location: [text(data.place, lang), data.onlineUrl].filter(Boolean).join(', ') || undefined,
        url: token ? pageLink(lang, `registrations/${token}`) : undefined,
      }),
    },
  ];
}

const title = (data: RegistrationMailData, lang: Language) => text(data.eventTitle, lang);

export const registrationMails = {
  'registration-confirmed': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Anmälan bekräftad', fi: 'Ilmoittautuminen vahvistettu', en: 'Registration confirmed' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `Du är anmäld till ${title(data, lang)}. Kalenderfilen finns bifogad.`,
        fi: `Olet ilmoittautunut tilaisuuteen ${title(data, lang)}. Kalenteritiedosto on liitteenä.`,
        en: `You are registered for ${title(data, lang)}. The calendar file is attached.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
    attachments: calendar(data, lang),
  }),
  'registration-waitlisted': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Du står på väntelistan', fi: 'Olet jonotuslistalla', en: 'You are on the waiting list' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `${title(data, lang)} är fullbokat. Du står som nummer ${data.waitlistPosition} på väntelistan och får ett meddelande om en plats blir ledig.`,
        fi: `${title(data, lang)} on täynnä. Olet jonotuslistalla sijalla ${data.waitlistPosition} ja saat viestin, jos paikka vapautuu.`,
        en: `${title(data, lang)} is full. You are number ${data.waitlistPosition} on the waiting list; we will write if a seat frees up.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
  }),
  'registration-promoted': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Du har fått en plats', fi: 'Sait paikan', en: 'You have a seat' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `En plats blev ledig och du är nu anmäld till ${title(data, lang)}. Kalenderfilen finns bifogad.`,
        fi: `Paikka vapautui, ja olet nyt ilmoittautunut tilaisuuteen ${title(data, lang)}. Kalenteritiedosto on liitteenä.`,
        en: `A seat came free and you are now registered for ${title(data, lang)}. The calendar file is attached.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
    attachments: calendar(data, lang),
  }),
  'registration-confirm-seat': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Bekräfta din plats', fi: 'Vahvista paikkasi', en: 'Confirm your seat' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      (data.promoted
        ? {
            sv: `En plats blev ledig på ${title(data, lang)} och den hålls nu för dig.`,
            fi: `Tilaisuuteen ${title(data, lang)} vapautui paikka, ja se on nyt varattu sinulle.`,
            en: `A seat came free at ${title(data, lang)} and is now held for you.`,
          }[lang]
        : {
            sv: `Vi håller en plats för dig på ${title(data, lang)}.`,
            fi: `Pidämme sinulle paikan tilaisuudessa ${title(data, lang)}.`,
            en: `We are holding a seat for you at ${title(data, lang)}.`,
          }[lang]) +
      ' ' +
      {
        sv: `Bekräfta den senast ${formatDateTime(data.holdExpiresAt ?? data.startsAt, lang)}: öppna länken nedan och tryck på "Bekräfta min plats". Annars går platsen till nästa person i kön.`,
        fi: `Vahvista se viimeistään ${formatDateTime(data.holdExpiresAt ?? data.startsAt, lang)}: avaa alla oleva linkki ja paina "Vahvista paikkani". Muuten paikka siirtyy jonossa seuraavalle.`,
        en: `Confirm it by ${formatDateTime(data.holdExpiresAt ?? data.startsAt, lang)}: open the link below and press "Confirm my seat". Otherwise the seat goes to the next person in line.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang, confirmLabel)}`,
  }),
  'registration-cancelled': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Anmälan avbokad', fi: 'Ilmoittautuminen peruttu', en: 'Registration cancelled' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `Din anmälan till ${title(data, lang)} är avbokad. Välkommen tillbaka en annan gång!`,
        fi: `Ilmoittautumisesi tilaisuuteen ${title(data, lang)} on peruttu. Tervetuloa toisella kertaa!`,
        en: `Your registration for ${title(data, lang)} is cancelled. Welcome another time!`,
      }[lang],
  }),
  'registration-link': (data: RegistrationMailData, lang: Language): RenderedMail => ({
    subject:
      { sv: 'Din anmälan', fi: 'Ilmoittautumisesi', en: 'Your registration' }[lang] +
      `: ${title(data, lang)}`,
    text:
      `${greeting[lang]} ${data.name},\n\n` +
      {
        sv: `Du är redan anmäld till ${title(data, lang)}. Här är länken till din anmälan igen.`,
        fi: `Olet jo ilmoittautunut tilaisuuteen ${title(data, lang)}. Tässä on linkki ilmoittautumiseesi uudelleen.`,
        en: `You are already registered for ${title(data, lang)}. Here is the link to your registration again.`,
      }[lang] +
      `\n\n${when(data, lang)}${manage(data, lang)}`,
  }),
};
