import type { Language } from '../../shared/http/route';

/**
 * The texts of the event follow-up pages: check-in at the door (pages/check-in.ts) and messages to an
 * event's registrants (pages/event-message.ts).
 */
const followUpStrings = {
  checkIn: { sv: 'Incheckning', fi: 'Saapumisten kirjaus', en: 'Check-in' },
  checkInOf: { sv: 'Incheckning:', fi: 'Saapumisten kirjaus:', en: 'Check-in:' },
  attended: { sv: 'Närvarande', fi: 'Paikalla', en: 'Attended' },
  noShow: { sv: 'Kom inte', fi: 'Ei saapunut', en: 'No-show' },
  notYet: { sv: 'Inte incheckad', fi: 'Ei vielä paikalla', en: 'Not checked in' },
  confirmedTotal: { sv: 'Bekräftade', fi: 'Vahvistetut', en: 'Confirmed' },
  searchByName: { sv: 'Sök på namn', fi: 'Hae nimellä', en: 'Search by name' },
  search: { sv: 'Sök', fi: 'Hae', en: 'Search' },
  showEveryone: { sv: 'Visa alla', fi: 'Näytä kaikki', en: 'Show everyone' },
  markAttended: { sv: 'Checka in', fi: 'Merkitse saapuneeksi', en: 'Check in' },
  undoAttended: { sv: 'Ångra incheckning', fi: 'Peru saapumismerkintä', en: 'Undo check-in' },
  nobodyFound: {
    sv: 'Ingen bekräftad anmälan med det namnet.',
    fi: 'Tällä nimellä ei löydy vahvistettua ilmoittautumista.',
    en: 'No confirmed registration by that name.',
  },
  noConfirmed: {
    sv: 'Evenemanget har inga bekräftade anmälningar.',
    fi: 'Tapahtumassa ei ole vahvistettuja ilmoittautumisia.',
    en: 'The event has no confirmed registrations.',
  },
  onlyConfirmedNote: {
    sv: 'Listan visar bara bekräftade anmälningar: bara de kan checkas in.',
    fi: 'Luettelossa ovat vain vahvistetut ilmoittautumiset, koska vain ne voi merkitä saapuneiksi.',
    en: 'Only confirmed registrations are listed: only they can be checked in.',
  },
  markAll: {
    sv: 'Markera alla bekräftade som närvarande',
    fi: 'Merkitse kaikki vahvistetut osallistuneiksi',
    en: 'Mark all confirmed as attended',
  },
  markAllText: {
    sv: 'För ett webbinarium: alla bekräftade som ännu inte är incheckade markeras som närvarande. Antal som markeras:',
    fi: 'Verkkotilaisuudessa kaikki vahvistetut ilmoittautuneet, joita ei ole vielä merkitty saapuneiksi, merkitään osallistuneiksi. Merkittäviä:',
    en: 'For an online event: every confirmed registration not yet checked in is marked attended. To be marked:',
  },
  markAllConfirm: {
    sv: 'Ja, markera dem som närvarande',
    fi: 'Kyllä, merkitse osallistuneiksi',
    en: 'Yes, mark them attended',
  },
  markAllOnlineOnly: {
    sv: 'Alla kan markeras på en gång bara för evenemang som hålls på nätet.',
    fi: 'Kaikki voi merkitä kerralla osallistuneiksi vain verkkotilaisuudessa.',
    en: 'Everyone can be marked at once only for events held online.',
  },
  markedAllNotice: {
    sv: 'Alla bekräftade är markerade som närvarande.',
    fi: 'Kaikki vahvistetut on merkitty osallistuneiksi.',
    en: 'All confirmed registrations are marked attended.',
  },
  back: { sv: 'Tillbaka', fi: 'Takaisin', en: 'Back' },
  backToEvent: { sv: 'Tillbaka till evenemanget', fi: 'Takaisin tapahtumaan', en: 'Back to the event' },
  attendance: { sv: 'Närvaro', fi: 'Läsnäolo', en: 'Attendance' },
  // Messages to registrants.
  messageRegistrants: {
    sv: 'Skicka meddelande till de anmälda',
    fi: 'Lähetä viesti ilmoittautuneille',
    en: 'Message the registrants',
  },
  recipients: { sv: 'Mottagare', fi: 'Vastaanottajat', en: 'Recipients' },
  audienceConfirmed: { sv: 'Bekräftade', fi: 'Vahvistetut', en: 'Confirmed' },
  audienceWaitlisted: { sv: 'På väntelistan', fi: 'Jonossa olevat', en: 'On the waiting list' },
  audienceAttended: { sv: 'Närvarande', fi: 'Osallistuneet', en: 'Attended' },
  messageLanguage: { sv: 'Meddelandets språk', fi: 'Viestin kieli', en: 'Language of the message' },
  messageLanguageHint: {
    sv: 'Alla mottagare får meddelandet på det här språket. Skriv gärna samma text på flera språk i meddelandet.',
    fi: 'Kaikki vastaanottajat saavat viestin tällä kielellä. Voit kirjoittaa saman tekstin viestiin useammalla kielellä.',
    en: 'Every recipient gets the message in this language. You may write the same text in several languages in the message.',
  },
  subject: { sv: 'Ämne', fi: 'Aihe', en: 'Subject' },
  messageText: { sv: 'Meddelande', fi: 'Viesti', en: 'Message' },
  preview: { sv: 'Förhandsgranska', fi: 'Esikatsele', en: 'Preview' },
  recipientCount: { sv: 'Antal mottagare', fi: 'Vastaanottajien määrä', en: 'Number of recipients' },
  sendMessage: { sv: 'Skicka meddelandet', fi: 'Lähetä viesti', en: 'Send the message' },
  editMessage: { sv: 'Ändra meddelandet', fi: 'Muokkaa viestiä', en: 'Edit the message' },
  confirmSendText: {
    sv: 'Kontrollera meddelandet. Varje mottagare får ett eget e-postmeddelande.',
    fi: 'Tarkista viesti. Jokainen vastaanottaja saa oman sähköpostiviestin.',
    en: 'Check the message. Each recipient gets an email of their own.',
  },
  noRecipients: {
    sv: 'Det finns inga mottagare i den gruppen.',
    fi: 'Tässä ryhmässä ei ole vastaanottajia.',
    en: 'There are no recipients in that group.',
  },
  messageSent: {
    sv: 'Meddelandet skickades. Antal mottagare:',
    fi: 'Viesti lähetettiin. Vastaanottajia:',
    en: 'The message was sent. Recipients:',
  },
  subjectRequired: {
    sv: 'Skriv ett ämne.',
    fi: 'Kirjoita aihe.',
    en: 'Enter a subject.',
  },
  subjectTooLong: {
    sv: 'Ämnet får vara högst 150 tecken.',
    fi: 'Aihe saa olla enintään 150 merkkiä.',
    en: 'The subject can be at most 150 characters.',
  },
  textRequired: {
    sv: 'Skriv ett meddelande.',
    fi: 'Kirjoita viesti.',
    en: 'Enter a message.',
  },
  textTooLong: {
    sv: 'Meddelandet får vara högst 5 000 tecken.',
    fi: 'Viesti saa olla enintään 5 000 merkkiä.',
    en: 'The message can be at most 5,000 characters.',
  },
  audienceRequired: {
    sv: 'Välj mottagare.',
    fi: 'Valitse vastaanottajat.',
    en: 'Choose the recipients.',
  },
  languageRequired: {
    sv: 'Välj meddelandets språk.',
    fi: 'Valitse viestin kieli.',
    en: 'Choose the language of the message.',
  },
  languageSv: { sv: 'Svenska', fi: 'Ruotsi', en: 'Swedish' },
  languageFi: { sv: 'Finska', fi: 'Suomi', en: 'Finnish' },
  languageEn: { sv: 'Engelska', fi: 'Englanti', en: 'English' },
} as const satisfies Record<string, Record<Language, string>>;

export const ft = (key: keyof typeof followUpStrings, lang: Language) => followUpStrings[key][lang];
