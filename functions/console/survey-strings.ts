import type { Language } from '../../shared/http/route';
import type { PluralText } from '../../shared/i18n/plural';

/** The console's survey pages (functions/console/pages/surveys.ts). */
export const surveyConsoleStrings = {
  surveys: { sv: 'Enkäter', fi: 'Kyselyt', en: 'Surveys' },
  survey: { sv: 'Enkät', fi: 'Kysely', en: 'Survey' },
  noSurveys: {
    sv: 'Inga enkäter är publicerade. Enkäter skapas i Studio.',
    fi: 'Kyselyitä ei ole julkaistu. Kyselyt luodaan Studiossa.',
    en: 'No surveys are published. Surveys are made in the Studio.',
  },
  surveyNotFound: {
    sv: 'Det finns ingen sådan enkät.',
    fi: 'Tällaista kyselyä ei ole.',
    en: 'There is no such survey.',
  },
  about: { sv: 'Gäller', fi: 'Koskee', en: 'About' },
  wholeNetwork: { sv: 'Hela nätverket', fi: 'Koko verkosto', en: 'The whole network' },
  period: { sv: 'Svarstid', fi: 'Vastausaika', en: 'Answering period' },
  state: { sv: 'Status', fi: 'Tila', en: 'Status' },
  open: { sv: 'Öppen', fi: 'Auki', en: 'Open' },
  notYetOpen: { sv: 'Öppnar senare', fi: 'Avautuu myöhemmin', en: 'Opens later' },
  closed: { sv: 'Stängd', fi: 'Suljettu', en: 'Closed' },
  linksSent: { sv: 'Skickade länkar', fi: 'Lähetetyt linkit', en: 'Links sent' },
  answers: { sv: 'Svar', fi: 'Vastaukset', en: 'Answers' },
  autoSend: { sv: 'Skickas automatiskt', fi: 'Lähtee automaattisesti', en: 'Sent automatically' },
  autoSendYes: {
    sv: '{hours} timmar efter varje kopplat evenemang, till dem som markerats som närvarande (annars till alla bekräftade)',
    fi: '{hours} tuntia kunkin liitetyn tapahtuman jälkeen niille, jotka on merkitty osallistuneiksi (muuten kaikille vahvistetuille ilmoittautuneille)',
    en: '{hours} hours after each linked event, to those marked present (otherwise to everyone confirmed)',
  },
  no: { sv: 'Nej', fi: 'Ei', en: 'No' },
  send: { sv: 'Skicka enkäten', fi: 'Lähetä kysely', en: 'Send the survey' },
  audience: { sv: 'Till vem?', fi: 'Kenelle?', en: 'To whom?' },
  audienceHint: {
    sv: 'Var och en får en egen länk som kan användas en gång. Den som redan fått enkäten får den inte igen.',
    fi: 'Jokainen saa oman linkin, jolla voi vastata kerran. Kysely ei lähde uudelleen niille, jotka ovat jo saaneet sen.',
    en: 'Each person gets a link of their own that works once. Anyone already sent the survey does not get it again.',
  },
  attended: {
    sv: 'De som deltog i de kopplade evenemangen (närvaron antecknad)',
    fi: 'Liitettyihin tapahtumiin osallistuneet (läsnäolo merkitty)',
    en: 'Those who attended the linked events (attendance recorded)',
  },
  confirmed: {
    sv: 'De som har en bekräftad anmälan till de kopplade evenemangen',
    fi: 'Liitettyjen tapahtumien vahvistetut ilmoittautuneet',
    en: 'The confirmed registrants of the linked events',
  },
  members: {
    sv: 'Nätverkets aktiva medlemmar',
    fi: 'Verkoston aktiiviset jäsenet',
    en: 'The network’s active members',
  },
  continue: { sv: 'Fortsätt', fi: 'Jatka', en: 'Continue' },
  notSendable: {
    sv: 'Enkäten kan skickas bara medan den är öppen.',
    fi: 'Kyselyn voi lähettää vain, kun se on auki.',
    en: 'The survey can be sent only while it is open.',
  },
  confirmTitle: { sv: 'Bekräfta utskicket', fi: 'Vahvista lähetys', en: 'Confirm the sending' },
  nobodyToSend: {
    sv: 'Det finns ingen att skicka till: alla har redan fått enkäten eller ingen hör till gruppen.',
    fi: 'Vastaanottajia ei ole: kaikki ovat jo saaneet kyselyn, tai ryhmään ei kuulu ketään.',
    en: 'There is nobody to send to: everyone has had it already, or nobody is in the group.',
  },
  confirmSend: { sv: 'Skicka nu', fi: 'Lähetä nyt', en: 'Send now' },
  backWithoutSending: {
    sv: 'Tillbaka utan att skicka',
    fi: 'Takaisin lähettämättä',
    en: 'Back without sending',
  },
  results: { sv: 'Resultat', fi: 'Tulokset', en: 'Results' },
  resultsHidden: {
    sv: 'Resultaten visas när minst {min} har svarat (nu {count}), så att ingen enskild kan kännas igen.',
    fi: 'Tulokset näytetään, kun vähintään {min} on vastannut (nyt {count}), jottei yksittäistä vastaajaa voi tunnistaa.',
    en: 'Results are shown once at least {min} people have answered (now {count}), so that no single person can be recognised.',
  },
  answered: { sv: 'Svarade', fi: 'Vastanneita', en: 'Answered' },
  value: { sv: 'Värde', fi: 'Arvo', en: 'Value' },
  count: { sv: 'Antal', fi: 'Lukumäärä', en: 'Count' },
  option: { sv: 'Alternativ', fi: 'Vaihtoehto', en: 'Option' },
  mean: { sv: 'Medelvärde', fi: 'Keskiarvo', en: 'Mean' },
  median: { sv: 'Median', fi: 'Mediaani', en: 'Median' },
  noTexts: { sv: 'Inga svar.', fi: 'Ei vastauksia.', en: 'No answers.' },
  downloadAnswers: {
    sv: 'Ladda ner svaren (CSV, utan uppgifter om vem som svarat)',
    fi: 'Lataa vastaukset (CSV, ilman tietoa vastaajista)',
    en: 'Download the answers (CSV, with no details of who answered)',
  },
  back: { sv: 'Tillbaka till enkäten', fi: 'Takaisin kyselyyn', en: 'Back to the survey' },
  allSurveys: { sv: 'Alla enkäter', fi: 'Kaikki kyselyt', en: 'All surveys' },
} as const satisfies Record<string, Record<Language, string>>;

export const sc = (key: keyof typeof surveyConsoleStrings, lang: Language) => surveyConsoleStrings[key][lang];

/** The counted texts of the sending (shared/i18n/plural.ts). */
export const surveyConsolePlurals = {
  confirmCount: {
    sv: { one: 'Enkäten skickas till {n} person.', other: 'Enkäten skickas till {n} personer.' },
    fi: { one: 'Kysely lähetetään {n} henkilölle.', other: 'Kysely lähetetään {n} henkilölle.' },
    en: { one: 'The survey goes to {n} person.', other: 'The survey goes to {n} people.' },
  },
  confirmAlready: {
    sv: {
      one: '{n} av mottagarna har redan fått den och får den inte igen.',
      other: '{n} av mottagarna har redan fått den och får den inte igen.',
    },
    fi: {
      one: '{n} vastaanottajista on jo saanut sen, eikä se lähde hänelle uudelleen.',
      other: '{n} vastaanottajista on jo saanut sen, eikä se lähde heille uudelleen.',
    },
    en: {
      one: '{n} of the recipients has had it already and will not get it again.',
      other: '{n} of the recipients have had it already and will not get it again.',
    },
  },
  sentNotice: {
    sv: { one: 'Enkäten skickades till {n} person.', other: 'Enkäten skickades till {n} personer.' },
    fi: { one: 'Kysely lähetettiin {n} henkilölle.', other: 'Kysely lähetettiin {n} henkilölle.' },
    en: { one: 'The survey was sent to {n} person.', other: 'The survey was sent to {n} people.' },
  },
} as const satisfies Record<string, PluralText>;
