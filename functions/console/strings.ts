import type { Group, Language } from '../../shared/http/route';

/**
 * The coordinator pages' texts: overview figures, events and registrations, network, people, activity
 * log (functions/console/pages/{overview,events,event-registrations,network,people,activity}.ts).
 */
const coordinatorStrings = {
  atAGlance: { sv: 'Läget just nu', fi: 'Tilanne nyt', en: 'At a glance' },
  events: { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
  upcomingEvents: { sv: 'Kommande evenemang', fi: 'Tulevat tapahtumat', en: 'Upcoming events' },
  pastEvents: { sv: 'Tidigare evenemang', fi: 'Menneet tapahtumat', en: 'Past events' },
  noUpcomingEvents: {
    sv: 'Inga kommande evenemang.',
    fi: 'Ei tulevia tapahtumia.',
    en: 'No upcoming events.',
  },
  noPastEvents: { sv: 'Inga tidigare evenemang.', fi: 'Ei menneitä tapahtumia.', en: 'No past events.' },
  allEvents: { sv: 'Alla evenemang', fi: 'Kaikki tapahtumat', en: 'All events' },
  event: { sv: 'Evenemang', fi: 'Tapahtuma', en: 'Event' },
  starts: { sv: 'Börjar', fi: 'Alkaa', en: 'Starts' },
  capacity: { sv: 'Platser', fi: 'Paikat', en: 'Capacity' },
  confirmed: { sv: 'Bekräftade', fi: 'Vahvistetut', en: 'Confirmed' },
  waitlisted: { sv: 'På väntelistan', fi: 'Jonossa', en: 'Waitlisted' },
  pending: { sv: 'Obekräftade', fi: 'Vahvistamatta', en: 'Pending' },
  seatsLeft: { sv: 'Lediga', fi: 'Vapaana', en: 'Seats left' },
  registration: { sv: 'Anmälan', fi: 'Ilmoittautuminen', en: 'Registration' },
  open: { sv: 'Öppen', fi: 'Auki', en: 'Open' },
  closed: { sv: 'Stängd', fi: 'Suljettu', en: 'Closed' },
  unpublished: { sv: 'Avpublicerat', fi: 'Julkaisu poistettu', en: 'Unpublished' },
  openRounds: {
    sv: 'Öppna nomineringsomgångar',
    fi: 'Avoimet nimityskierrokset',
    en: 'Open nomination rounds',
  },
  openCampaigns: { sv: 'Öppna kampanjer', fi: 'Avoimet kampanjat', en: 'Open campaigns' },
  networkMembers: { sv: 'Medlemmar i nätverket', fi: 'Verkoston jäsenet', en: 'Network members' },
  registrations: { sv: 'Anmälningar', fi: 'Ilmoittautumiset', en: 'Registrations' },
  registrationsOf: { sv: 'Anmälningar:', fi: 'Ilmoittautumiset:', en: 'Registrations:' },
  eventNotFound: {
    sv: 'Det finns inget sådant evenemang.',
    fi: 'Tällaista tapahtumaa ei ole.',
    en: 'There is no such event.',
  },
  searchRegistrations: {
    sv: 'Sök på namn, e-post eller organisation',
    fi: 'Hae nimellä, sähköpostilla tai organisaatiolla',
    en: 'Search by name, email or organisation',
  },
  search: { sv: 'Sök', fi: 'Hae', en: 'Search' },
  showAll: { sv: 'Visa alla', fi: 'Näytä kaikki', en: 'Show all' },
  noRegistrations: { sv: 'Inga anmälningar.', fi: 'Ei ilmoittautumisia.', en: 'No registrations.' },
  noMatches: {
    sv: 'Ingen anmälan matchar sökningen.',
    fi: 'Haulla ei löytynyt ilmoittautumisia.',
    en: 'No registration matches the search.',
  },
  nextPage: { sv: 'Nästa sida', fi: 'Seuraava sivu', en: 'Next page' },
  firstPage: { sv: 'Till början', fi: 'Alkuun', en: 'Back to the start' },
  name: { sv: 'Namn', fi: 'Nimi', en: 'Name' },
  email: { sv: 'E-post', fi: 'Sähköposti', en: 'Email' },
  organization: { sv: 'Organisation', fi: 'Organisaatio', en: 'Organisation' },
  status: { sv: 'Status', fi: 'Tila', en: 'Status' },
  registeredAt: { sv: 'Anmäld', fi: 'Ilmoittautunut', en: 'Registered' },
  actions: { sv: 'Åtgärder', fi: 'Toiminnot', en: 'Actions' },
  place: { sv: 'Plats i kön', fi: 'Sija jonossa', en: 'Place in line' },
  waitlistInOrder: {
    sv: 'Väntelistan i tur och ordning',
    fi: 'Jonotuslista järjestyksessä',
    en: 'Waiting list, in order',
  },
  waitlistEmpty: {
    sv: 'Ingen står på väntelistan.',
    fi: 'Jonotuslistalla ei ole ketään.',
    en: 'No one is waiting.',
  },
  downloadRegistrations: {
    sv: 'Ladda ner anmälningarna (CSV)',
    fi: 'Lataa ilmoittautumiset (CSV)',
    en: 'Download the registrations (CSV)',
  },
  cancel: { sv: 'Avboka', fi: 'Peru', en: 'Cancel' },
  cancelRegistration: { sv: 'Avboka en anmälan', fi: 'Peru ilmoittautuminen', en: 'Cancel a registration' },
  cancelConfirmText: {
    sv: 'Du avbokar anmälan för personens räkning. Hen får ett meddelande om avbokningen per e-post.',
    fi: 'Perut ilmoittautumisen henkilön puolesta. Hän saa perumisesta viestin sähköpostitse.',
    en: 'You are cancelling the registration on the person’s behalf. They are told so by email.',
  },
  seatGoesTo: {
    sv: 'Platsen går till den första på väntelistan, som meddelas per e-post:',
    fi: 'Paikka siirtyy jonotuslistan ensimmäiselle, jolle ilmoitetaan sähköpostitse:',
    en: 'The seat goes to the first person on the waiting list, who is told by email:',
  },
  seatFreed: {
    sv: 'Ingen står på väntelistan: platsen blir ledig.',
    fi: 'Jonotuslistalla ei ole ketään: paikka vapautuu.',
    en: 'No one is waiting: the seat becomes free.',
  },
  leavesWaitlist: {
    sv: 'Personen lämnar väntelistan; de efter hen flyttar upp.',
    fi: 'Henkilö poistuu jonotuslistalta; hänen jälkeensä jonottavat siirtyvät ylöspäin.',
    en: 'The person leaves the waiting list; those behind them move up.',
  },
  confirmCancel: { sv: 'Ja, avboka anmälan', fi: 'Kyllä, peru ilmoittautuminen', en: 'Yes, cancel it' },
  backWithoutCancelling: {
    sv: 'Tillbaka utan att avboka',
    fi: 'Takaisin perumatta',
    en: 'Back without cancelling',
  },
  alreadyCancelled: {
    sv: 'Anmälan är redan avbokad.',
    fi: 'Ilmoittautuminen on jo peruttu.',
    en: 'The registration is already cancelled.',
  },
  registrationNotFound: {
    sv: 'Det finns ingen sådan anmälan till evenemanget.',
    fi: 'Tapahtumaan ei ole tällaista ilmoittautumista.',
    en: 'There is no such registration for this event.',
  },
  cancelledNotice: {
    sv: 'Anmälan är avbokad.',
    fi: 'Ilmoittautuminen on peruttu.',
    en: 'The registration is cancelled.',
  },
  network: { sv: 'Nätverket', fi: 'Verkosto', en: 'Network' },
  members: { sv: 'Medlemmar', fi: 'Jäsenet', en: 'Members' },
  interests: { sv: 'Intressen', fi: 'Kiinnostuksen kohteet', en: 'Interests' },
  wantsToCoordinate: {
    sv: 'Vill samordna ett tema',
    fi: 'Haluaa koordinoida teemaa',
    en: 'Wants to coordinate a theme',
  },
  coordinationWishes: {
    sv: 'Vill samordna ett tema',
    fi: 'Haluavat koordinoida teemaa',
    en: 'Want to coordinate a theme',
  },
  yes: { sv: 'Ja', fi: 'Kyllä', en: 'Yes' },
  no: { sv: 'Nej', fi: 'Ei', en: 'No' },
  joined: { sv: 'Gick med', fi: 'Liittyi', en: 'Joined' },
  municipality: { sv: 'Kommun', fi: 'Kunta', en: 'Municipality' },
  noMembers: { sv: 'Inga medlemmar ännu.', fi: 'Ei vielä jäseniä.', en: 'No members yet.' },
  downloadMembers: {
    sv: 'Ladda ner medlemmarna (CSV)',
    fi: 'Lataa jäsenet (CSV)',
    en: 'Download the members (CSV)',
  },
  peopleIntro: {
    sv: 'Sök på en e-postadress för att se allt som finns sparat om personen (rätt till insyn) eller radera det (rätt till radering).',
    fi: 'Hae sähköpostiosoitteella nähdäksesi kaikki henkilöstä tallennetut tiedot (tarkastusoikeus) tai poistaaksesi ne (oikeus tietojen poistamiseen).',
    en: 'Search by email address to see everything held about the person (right of access) or to erase it (right to erasure).',
  },
  emailAddress: { sv: 'E-postadress', fi: 'Sähköpostiosoite', en: 'Email address' },
  heldAbout: { sv: 'Sparat om', fi: 'Tallennettu osoitteesta', en: 'Held about' },
  nothingHeld: {
    sv: 'Inget finns sparat om den här adressen.',
    fi: 'Tästä osoitteesta ei ole tallennettu mitään.',
    en: 'Nothing is held about this address.',
  },
  kind: { sv: 'Slag', fi: 'Tyyppi', en: 'Kind' },
  item: { sv: 'Post', fi: 'Tietue', en: 'Item' },
  data: { sv: 'Uppgifter', fi: 'Tiedot', en: 'Data' },
  downloadExport: {
    sv: 'Ladda ner allt som JSON',
    fi: 'Lataa kaikki JSON-tiedostona',
    en: 'Download everything as JSON',
  },
  eraseData: { sv: 'Radera uppgifterna', fi: 'Poista tiedot', en: 'Erase the data' },
  erasePersonalData: { sv: 'Radera personuppgifter', fi: 'Poista henkilötiedot', en: 'Erase personal data' },
  willBeErased: { sv: 'Raderas', fi: 'Poistetaan', en: 'Will be erased' },
  willStay: { sv: 'Bevaras', fi: 'Säilytetään', en: 'Will stay' },
  why: { sv: 'Varför', fi: 'Miksi', en: 'Why' },
  nothingStays: {
    sv: 'Inget av det som identifierar personen bevaras.',
    fi: 'Mitään henkilön tunnistavaa ei säilytetä.',
    en: 'Nothing that identifies the person stays.',
  },
  nothingToErase: {
    sv: 'Det finns inget att radera.',
    fi: 'Poistettavaa ei ole.',
    en: 'There is nothing to erase.',
  },
  activeRegistrationsNote: {
    sv: 'Aktiva anmälningar avbokas först, och platserna går till nästa på väntelistan. Inget meddelande skickas till den raderade adressen. Antal:',
    fi: 'Voimassa olevat ilmoittautumiset perutaan ensin, ja paikat siirtyvät jonotuslistan seuraaville. Poistettuun osoitteeseen ei lähetetä viestiä. Määrä:',
    en: 'Active registrations are cancelled first, and their seats go to the next on the waiting list. Nothing is mailed to the erased address. Number:',
  },
  linkItemsNote: {
    sv: 'Poster som inte identifierar personen (länkposter och platser i kön, som bara håller id:n) försvinner av sig själva när de går ut.',
    fi: 'Tietueet, joista henkilöä ei voi tunnistaa (linkkitietueet ja jonopaikat, joissa on vain tunnisteita), poistuvat itsestään vanhetessaan.',
    en: 'Items that do not identify the person (link records and places in line, which hold only ids) go by themselves when they expire.',
  },
  confirmErase: { sv: 'Ja, radera', fi: 'Kyllä, poista', en: 'Yes, erase' },
  back: { sv: 'Tillbaka', fi: 'Takaisin', en: 'Back' },
  erasedNotice: {
    sv: 'Uppgifterna är raderade. Det som bevaras visas nedan.',
    fi: 'Tiedot on poistettu. Säilytettävät tiedot näkyvät alla.',
    en: 'The data is erased. What stays is shown below.',
  },
  activity: { sv: 'Aktivitetslogg', fi: 'Toimintaloki', en: 'Activity log' },
  when: { sv: 'Tid', fi: 'Aika', en: 'When' },
  who: { sv: 'Vem', fi: 'Kuka', en: 'Who' },
  what: { sv: 'Vad', fi: 'Mitä', en: 'What' },
  concerning: { sv: 'Gäller', fi: 'Kohde', en: 'Concerning' },
  noActivity: { sv: 'Inga händelser ännu.', fi: 'Ei vielä tapahtumia.', en: 'Nothing recorded yet.' },
  badCursor: {
    sv: 'Sidlänken är ogiltig. Börja från början.',
    fi: 'Sivulinkki on virheellinen. Aloita alusta.',
    en: 'The page link is invalid. Start from the beginning.',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** Registration statuses as the coordinator pages name them. */
export const registrationStatusNames: Record<string, Record<Language, string>> = {
  confirmed: { sv: 'Bekräftad', fi: 'Vahvistettu', en: 'Confirmed' },
  waitlisted: { sv: 'På väntelistan', fi: 'Jonossa', en: 'Waitlisted' },
  pending: { sv: 'Väntar på bekräftelse', fi: 'Odottaa vahvistusta', en: 'Awaiting confirmation' },
  cancelled: { sv: 'Avbokad', fi: 'Peruttu', en: 'Cancelled' },
  expired: { sv: 'Förfallen', fi: 'Rauennut', en: 'Expired' },
};

/** What the activity log's actions are called; an action without a name here shows as recorded. */
export const activityActionNames: Record<string, Record<Language, string>> = {
  'registration.cancel': {
    sv: 'Avbokade en anmälan',
    fi: 'Perui ilmoittautumisen',
    en: 'Cancelled a registration',
  },
  'person.erase': {
    sv: 'Raderade en persons uppgifter',
    fi: 'Poisti henkilön tiedot',
    en: 'Erased a person’s data',
  },
};

/** The kinds of item the person index holds, as the people page names them. */
export const personItemKinds: Record<string, Record<Language, string>> = {
  registration: { sv: 'Anmälan', fi: 'Ilmoittautuminen', en: 'Registration' },
  registrationEmail: { sv: 'Anmälningsmarkör', fi: 'Ilmoittautumismerkintä', en: 'Registration marker' },
  registrationNeeds: {
    sv: 'Specialkost och tillgänglighet',
    fi: 'Ruokavalio ja saavutettavuus',
    en: 'Dietary and accessibility needs',
  },
  member: { sv: 'Medlemskap i nätverket', fi: 'Verkoston jäsenyys', en: 'Network membership' },
  application: { sv: 'Ansökan', fi: 'Hakemus', en: 'Application' },
  proposal: { sv: 'Förslag', fi: 'Ehdotus', en: 'Proposal' },
  nomination: { sv: 'Nominering', fi: 'Nimitys', en: 'Nomination' },
  mail: { sv: 'E-post att skicka', fi: 'Lähetettävä sähköposti', en: 'Mail to send' },
  activity: { sv: 'Aktivitetslogg (personal)', fi: 'Toimintaloki (henkilöstö)', en: 'Activity log (staff)' },
};

/** The console's own texts, in the three languages (the site's shared texts: shared/site/strings.ts). */
export const consoleStrings = {
  console: { sv: 'Personalens konsol', fi: 'Henkilöstön konsoli', en: 'Staff console' },
  overview: { sv: 'Översikt', fi: 'Yleisnäkymä', en: 'Overview' },
  signedInAs: { sv: 'Inloggad som', fi: 'Kirjautuneena', en: 'Signed in as' },
  roles: { sv: 'Dina roller', fi: 'Roolisi', en: 'Your roles' },
  noRoles: {
    sv: 'Du har ingen roll ännu. Be en administratör lägga till dig i en grupp.',
    fi: 'Sinulla ei ole vielä roolia. Pyydä ylläpitäjää lisäämään sinut ryhmään.',
    en: 'You have no role yet. Ask an administrator to add you to a group.',
  },
  pages: { sv: 'Sidor', fi: 'Sivut', en: 'Pages' },
  signOut: { sv: 'Logga ut', fi: 'Kirjaudu ulos', en: 'Sign out' },
  noAccess: { sv: 'Ingen behörighet', fi: 'Ei käyttöoikeutta', en: 'No access' },
  noAccessText: {
    sv: 'Din roll ger inte tillgång till den här sidan.',
    fi: 'Roolisi ei anna pääsyä tälle sivulle.',
    en: 'Your role does not give access to this page.',
  },
  backToOverview: { sv: 'Till översikten', fi: 'Yleisnäkymään', en: 'To the overview' },
  signInFailed: { sv: 'Inloggningen misslyckades', fi: 'Kirjautuminen epäonnistui', en: 'Sign-in failed' },
  signInFailedText: {
    sv: 'Inloggningen gick ut, avbröts eller kunde inte bekräftas. Försök igen.',
    fi: 'Kirjautuminen vanheni, keskeytyi tai sitä ei voitu vahvistaa. Yritä uudelleen.',
    en: 'The sign-in expired, was cancelled or could not be confirmed. Please try again.',
  },
  signInAgain: { sv: 'Logga in igen', fi: 'Kirjaudu uudelleen', en: 'Sign in again' },
  people: { sv: 'Personer', fi: 'Henkilöt', en: 'People' },
  comingSoon: {
    sv: 'Den här sidan är under arbete.',
    fi: 'Tätä sivua työstetään.',
    en: 'This page is being built.',
  },
  ...coordinatorStrings,
} as const satisfies Record<string, Record<Language, string>>;

export const ct = (key: keyof typeof consoleStrings, lang: Language) => consoleStrings[key][lang];

export const groupNames: Record<Group, Record<Language, string>> = {
  coordinator: { sv: 'Koordinator', fi: 'Koordinaattori', en: 'Coordinator' },
  jury: { sv: 'Jurymedlem', fi: 'Tuomariston jäsen', en: 'Jury member' },
};
