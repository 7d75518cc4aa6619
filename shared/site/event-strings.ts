import type { Language } from '../http/route';
import type { PluralText } from '../i18n/plural';

/** Texts of the events pages and the registration form ({date} and {n} are filled in). */
export const eventStrings = {
  eventsNav: { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
  eventsTitle: { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
  eventsIntro: {
    sv: 'Möten, webbinarier och seminarier som nätverket ordnar. Alla är välkomna om inget annat sägs.',
    fi: 'Verkoston järjestämät tapaamiset, webinaarit ja seminaarit. Kaikki ovat tervetulleita, ellei toisin mainita.',
    en: 'Meetings, webinars and seminars the network organises. Everyone is welcome unless stated otherwise.',
  },
  allEvents: { sv: 'Alla evenemang', fi: 'Kaikki tapahtumat', en: 'All events' },
  pastEvents: { sv: 'Tidigare evenemang', fi: 'Menneet tapahtumat', en: 'Past events' },
  noPastEvents: {
    sv: 'Inga tidigare evenemang.',
    fi: 'Ei menneitä tapahtumia.',
    en: 'No past events.',
  },
  noMatchingEvents: {
    sv: 'Inga kommande evenemang motsvarar valet. Välj en annan månad eller form.',
    fi: 'Valintaa vastaavia tulevia tapahtumia ei ole. Valitse toinen kuukausi tai muoto.',
    en: 'No upcoming events match. Choose another month or format.',
  },
  filterTitle: { sv: 'Avgränsa evenemangen', fi: 'Rajaa tapahtumia', en: 'Filter events' },
  month: { sv: 'Månad', fi: 'Kuukausi', en: 'Month' },
  anyMonth: { sv: 'Alla månader', fi: 'Kaikki kuukaudet', en: 'All months' },
  format: { sv: 'Form', fi: 'Toteutustapa', en: 'Format' },
  anyFormat: { sv: 'Alla former', fi: 'Kaikki toteutustavat', en: 'All formats' },
  mode_onsite: { sv: 'På plats', fi: 'Paikan päällä', en: 'In person' },
  mode_online: { sv: 'På distans', fi: 'Etänä', en: 'Online' },
  mode_hybrid: {
    sv: 'På plats och på distans',
    fi: 'Paikan päällä ja etänä',
    en: 'In person and online',
  },
  showEvents: { sv: 'Visa evenemang', fi: 'Näytä tapahtumat', en: 'Show events' },
  state_open: { sv: 'Anmälan öppen', fi: 'Ilmoittautuminen auki', en: 'Registration open' },
  state_notYetOpen: {
    sv: 'Anmälan öppnar {date}',
    fi: 'Ilmoittautuminen alkaa {date}',
    en: 'Registration opens {date}',
  },
  state_waitlist: { sv: 'Fullbokat – väntelista', fi: 'Täynnä – jonotuslista', en: 'Full – waiting list' },
  state_full: { sv: 'Fullbokat', fi: 'Täynnä', en: 'Full' },
  state_closed: { sv: 'Anmälan stängd', fi: 'Ilmoittautuminen päättynyt', en: 'Registration closed' },
  state_past: { sv: 'Har ägt rum', fi: 'Päättynyt', en: 'Past event' },
  state_cancelled: { sv: 'Inställt', fi: 'Peruttu', en: 'Cancelled' },
  registrationHeading: { sv: 'Anmälan', fi: 'Ilmoittautuminen', en: 'Registration' },
  text_notYetOpen: {
    sv: 'Anmälan öppnar {date}.',
    fi: 'Ilmoittautuminen alkaa {date}.',
    en: 'Registration opens on {date}.',
  },
  text_closed: {
    sv: 'Anmälan stängde {date}.',
    fi: 'Ilmoittautuminen päättyi {date}.',
    en: 'Registration closed on {date}.',
  },
  text_past: {
    sv: 'Evenemanget har redan ägt rum.',
    fi: 'Tapahtuma on jo pidetty.',
    en: 'This event has already taken place.',
  },
  text_cancelled: {
    sv: 'Evenemanget är inställt.',
    fi: 'Tapahtuma on peruttu.',
    en: 'This event has been cancelled.',
  },
  text_full: {
    sv: 'Evenemanget är fullbokat och har ingen väntelista.',
    fi: 'Tapahtuma on täynnä, eikä sillä ole jonotuslistaa.',
    en: 'The event is full and has no waiting list.',
  },
  text_waitlist: {
    sv: 'Alla platser är bokade. Du kan anmäla dig till väntelistan: blir en plats ledig går den till nästa i kön, och du får ett e-postmeddelande.',
    fi: 'Kaikki paikat on varattu. Voit ilmoittautua jonotuslistalle: jos paikka vapautuu, se annetaan seuraavalle jonossa, ja saat tiedon sähköpostitse.',
    en: 'All seats are taken. You can join the waiting list: if a seat frees up, it goes to the next in line, and you will hear by email.',
  },
  closesAt: {
    sv: 'Anmälan stänger {date}.',
    fi: 'Ilmoittautuminen päättyy {date}.',
    en: 'Registration closes on {date}.',
  },
  joinWaitlist: {
    sv: 'Anmäl dig till väntelistan',
    fi: 'Ilmoittaudu jonotuslistalle',
    en: 'Join the waiting list',
  },
  eventsOf: { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
  participation: { sv: 'Deltagande', fi: 'Osallistuminen', en: 'Taking part' },
  accessibilityHint: {
    sv: 'Till exempel rullstolsplats, hörslinga eller tolkning.',
    fi: 'Esimerkiksi pyörätuolipaikka, induktiosilmukka tai tulkkaus.',
    en: 'For example a wheelchair space, a hearing loop or interpretation.',
  },
  accessibilityHintOnline: {
    sv: 'Till exempel textning eller tolkning.',
    fi: 'Esimerkiksi tekstitys tai tulkkaus.',
    en: 'For example captions or interpretation.',
  },
  dietaryHint: {
    sv: 'Till exempel allergier eller vegansk kost.',
    fi: 'Esimerkiksi allergiat tai vegaaninen ruokavalio.',
    en: 'For example allergies or a vegan diet.',
  },
  needsKept: {
    sv: 'Uppgifterna om specialkost och tillgänglighet används bara för evenemanget och raderas dagen efter.',
    fi: 'Erityisruokavaliota ja esteettömyyttä koskevia tietoja käytetään vain tapahtumaa varten, ja ne poistetaan seuraavana päivänä.',
    en: 'Dietary and accessibility details are used only for the event and deleted the day after.',
  },
  needsKeptOnline: {
    sv: 'Uppgifterna om tillgänglighet används bara för evenemanget och raderas dagen efter.',
    fi: 'Esteettömyyttä koskevia tietoja käytetään vain tapahtumaa varten, ja ne poistetaan seuraavana päivänä.',
    en: 'Accessibility details are used only for the event and deleted the day after.',
  },
  linkSent: {
    sv: 'Vi har skickat ett e-postmeddelande med länken till din anmälan. Om det inte syns inom några minuter, titta i skräpposten.',
    fi: 'Lähetimme sähköpostiisi linkin ilmoittautumiseesi. Jos viestiä ei näy muutaman minuutin kuluessa, katso roskapostikansio.',
    en: 'We have emailed you the link to your registration. If it does not arrive within a few minutes, check your spam folder.',
  },
  registrationStatus: { sv: 'Anmälans status', fi: 'Ilmoittautumisen tila', en: 'Registration status' },
  cancelQuestion: {
    sv: 'Vill du avboka din anmälan?',
    fi: 'Haluatko perua ilmoittautumisesi?',
    en: 'Do you want to cancel your registration?',
  },
  cancelWarning: {
    sv: 'En plats som blir ledig går till nästa person i kön. Vill du delta senare måste du anmäla dig på nytt.',
    fi: 'Vapautuva paikka annetaan seuraavalle jonossa. Jos haluat myöhemmin osallistua, sinun on ilmoittauduttava uudelleen.',
    en: 'A seat that frees up goes to the next person in line. To take part later you must register again.',
  },
  confirmCancel: {
    sv: 'Ja, avboka anmälan',
    fi: 'Kyllä, peru ilmoittautuminen',
    en: 'Yes, cancel the registration',
  },
  keepRegistration: {
    sv: 'Nej, behåll anmälan',
    fi: 'Ei, pidä ilmoittautuminen',
    en: 'No, keep the registration',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** Counted texts of the events pages ({n} is the number). */
export const eventPlurals = {
  seatsLeft: {
    sv: { one: '{n} ledig plats', other: '{n} lediga platser' },
    fi: { one: '{n} vapaa paikka', other: '{n} vapaata paikkaa' },
    en: { one: '{n} seat left', other: '{n} seats left' },
  },
  eventCount: {
    sv: { one: '{n} kommande evenemang', other: '{n} kommande evenemang' },
    fi: { one: '{n} tuleva tapahtuma', other: '{n} tulevaa tapahtumaa' },
    en: { one: '{n} upcoming event', other: '{n} upcoming events' },
  },
} as const satisfies Record<string, PluralText>;
