import type { Language } from '../http/route';

/**
 * The activity report's texts: the page (functions/console/pages/report.ts) and the CSV of its figures
 * use the same ones, so every figure is named alike in both.
 */
export const reportStrings = {
  report: { sv: 'Verksamhetsberättelse', fi: 'Toimintakertomus', en: 'Activity report' },
  period: { sv: 'Period', fi: 'Ajanjakso', en: 'Period' },
  from: { sv: 'Första dag', fi: 'Alkupäivä', en: 'From' },
  to: { sv: 'Sista dag', fi: 'Loppupäivä', en: 'To' },
  show: { sv: 'Visa', fi: 'Näytä', en: 'Show' },
  badDate: {
    sv: 'Ange perioden som datum i formen ÅÅÅÅ-MM-DD, det första före det sista.',
    fi: 'Anna ajanjakso päivämäärinä muodossa VVVV-KK-PP, alkupäivä ennen loppupäivää.',
    en: 'Give the period as dates in the form YYYY-MM-DD, the first before the last.',
  },
  planPeriodNote: {
    sv: 'Perioden är verksamhetsplanens.',
    fi: 'Ajanjaksona on toimintasuunnitelman kausi.',
    en: 'The period is the activity plan’s.',
  },
  printHint: {
    sv: 'Skriv ut eller spara som PDF med webbläsarens utskriftsfunktion (Ctrl+P eller Cmd+P): menyer och formulär lämnas bort på papperet.',
    fi: 'Tulosta tai tallenna PDF-tiedostoksi selaimen tulostustoiminnolla (Ctrl+P tai Cmd+P). Valikot ja lomakkeet jäävät pois tulosteesta.',
    en: 'Print or save as PDF with your browser’s print command (Ctrl+P or Cmd+P): menus and forms are left off the page.',
  },
  downloadCsv: {
    sv: 'Ladda ner siffrorna (CSV)',
    fi: 'Lataa luvut (CSV)',
    en: 'Download the figures (CSV)',
  },
  // Sections
  focusArea: { sv: 'Insatsområde', fi: 'Painopistealue', en: 'Focus area' },
  actions: { sv: 'Åtgärder', fi: 'Toimenpiteet', en: 'Actions' },
  eventsHeld: { sv: 'Evenemang under perioden', fi: 'Tapahtumat ajanjaksolla', en: 'Events in the period' },
  noEvents: {
    sv: 'Inga evenemang under perioden.',
    fi: 'Ajanjaksolla ei ollut tapahtumia.',
    en: 'No events in the period.',
  },
  noActions: { sv: 'Inga åtgärder.', fi: 'Ei toimenpiteitä.', en: 'No actions.' },
  rounds: { sv: 'Nomineringsomgångar', fi: 'Nimityskierrokset', en: 'Nomination rounds' },
  noRounds: {
    sv: 'Ingen nomineringsomgång hade sista dag under perioden.',
    fi: 'Yhdenkään nimityskierroksen määräaika ei osunut ajanjaksolle.',
    en: 'No nomination round had its deadline in the period.',
  },
  campaigns: { sv: 'Kampanjer', fi: 'Kampanjat', en: 'Campaigns' },
  noCampaigns: {
    sv: 'Ingen kampanj stängde under perioden.',
    fi: 'Yksikään kampanja ei päättynyt ajanjaksolla.',
    en: 'No campaign closed in the period.',
  },
  membership: { sv: 'Nätverkets medlemmar', fi: 'Verkoston jäsenet', en: 'Network membership' },
  network: { sv: 'Nätverket', fi: 'Verkosto', en: 'The network' },
  membershipNote: {
    sv: 'Räknat på dagens medlemmar och när de gick med. Den som lämnar nätverket raderas helt, så antalet som lämnat registreras inte och ingår inte i siffrorna vid periodens början och slut.',
    fi: 'Laskettu nykyisistä jäsenistä ja heidän liittymisajoistaan. Verkostosta eroavan tiedot poistetaan kokonaan, joten eronneita ei kirjata eivätkä he sisälly alku- ja loppuhetken lukuihin.',
    en: 'Counted from today’s members and when they joined. Leaving the network erases the member entirely, so those who left are not recorded and are not in the counts at the start or the end.',
  },
  surveys: { sv: 'Enkäter', fi: 'Kyselyt', en: 'Surveys' },
  affiliations: {
    sv: 'Organisationer som anslutit sig till strategin',
    fi: 'Strategiaan liittyneet organisaatiot',
    en: 'Organisations joining the strategy',
  },
  affiliationsReceived: { sv: 'Nya anmälningar', fi: 'Uudet ilmoitukset', en: 'New applications to join' },
  affiliationsJoined: { sv: 'Anslöt sig', fi: 'Liittyi', en: 'Joined' },
  affiliationsEnded: {
    sv: 'Avböjda eller återkallade',
    fi: 'Hylätyt tai perutut',
    en: 'Declined or withdrawn',
  },
  affiliationsAtEnd: {
    sv: 'Anslutna vid periodens slut',
    fi: 'Liittyneitä ajanjakson lopussa',
    en: 'Joined at the end',
  },
  followUpsSent: {
    sv: 'Årliga uppföljningar skickade',
    fi: 'Vuosiseurantoja lähetetty',
    en: 'Yearly follow-ups sent',
  },
  followUpAnswers: { sv: 'Svar på uppföljningen', fi: 'Vastauksia seurantaan', en: 'Follow-up answers' },
  noSurveys: {
    sv: 'Ingen enkät var öppen under perioden.',
    fi: 'Yksikään kysely ei ollut avoinna ajanjaksolla.',
    en: 'No survey was open in the period.',
  },
  itemName: { sv: 'Namn', fi: 'Nimi', en: 'Name' },
  action: { sv: 'Åtgärd', fi: 'Toimenpide', en: 'Action' },
  // Measures
  status: { sv: 'Status', fi: 'Tila', en: 'Status' },
  coordinator: { sv: 'Samordnare', fi: 'Koordinaattori', en: 'Coordinator' },
  registered: { sv: 'Anmälda', fi: 'Ilmoittautuneet', en: 'Registered' },
  attended: { sv: 'Närvarande', fi: 'Osallistuneet', en: 'Attended' },
  noShows: { sv: 'Kom inte', fi: 'Jäivät tulematta', en: 'No-shows' },
  organisations: {
    sv: 'Organisationer representerade',
    fi: 'Edustetut organisaatiot',
    en: 'Organisations represented',
  },
  addressed: {
    sv: 'Tillfrågade organisationer',
    fi: 'Pyynnön saaneet organisaatiot',
    en: 'Organisations addressed',
  },
  answered: { sv: 'Organisationer som svarat', fi: 'Vastanneet organisaatiot', en: 'Organisations answered' },
  seats: { sv: 'Platser', fi: 'Paikat', en: 'Seats' },
  seatsFilled: { sv: 'Platser med nominerade', fi: 'Paikat, joille on ehdokas', en: 'Seats filled' },
  membersWomen: { sv: 'Ledamöter, kvinnor', fi: 'Jäsenet, naiset', en: 'Members, women' },
  membersMen: { sv: 'Ledamöter, män', fi: 'Jäsenet, miehet', en: 'Members, men' },
  membersOther: { sv: 'Ledamöter, annat kön', fi: 'Jäsenet, muu sukupuoli', en: 'Members, other gender' },
  membersUndisclosed: {
    sv: 'Ledamöter, kön inte uppgivet',
    fi: 'Jäsenet, sukupuoli ei tiedossa',
    en: 'Members, gender not given',
  },
  deputiesWomen: { sv: 'Ersättare, kvinnor', fi: 'Varajäsenet, naiset', en: 'Deputies, women' },
  deputiesMen: { sv: 'Ersättare, män', fi: 'Varajäsenet, miehet', en: 'Deputies, men' },
  deputiesOther: {
    sv: 'Ersättare, annat kön',
    fi: 'Varajäsenet, muu sukupuoli',
    en: 'Deputies, other gender',
  },
  deputiesUndisclosed: {
    sv: 'Ersättare, kön inte uppgivet',
    fi: 'Varajäsenet, sukupuoli ei tiedossa',
    en: 'Deputies, gender not given',
  },
  balanceMet: {
    sv: 'Könsfördelningen uppfylls (40 %)',
    fi: 'Sukupuolikiintiö täyttyy (40 %)',
    en: 'Gender balance met (40 %)',
  },
  justifications: { sv: 'Motiveringar', fi: 'Perustelut', en: 'Justifications given' },
  submitted: { sv: 'Inlämnade ansökningar', fi: 'Jätetyt hakemukset', en: 'Applications submitted' },
  proposals: { sv: 'Förslag från allmänheten', fi: 'Yleisön ehdotukset', en: 'Proposals from the public' },
  winners: { sv: 'Vinnare', fi: 'Voittajat', en: 'Winners' },
  shortlisted: { sv: 'Hedersomnämnanden', fi: 'Kunniamaininnat', en: 'Honourable mentions' },
  notSelected: { sv: 'Inte valda', fi: 'Valitsematta jääneet', en: 'Not selected' },
  atStart: { sv: 'Vid periodens början', fi: 'Ajanjakson alussa', en: 'At the start' },
  joined: { sv: 'Gick med', fi: 'Liittyneet', en: 'Joined' },
  left: { sv: 'Lämnade', fi: 'Eronneet', en: 'Left' },
  atEnd: { sv: 'Vid periodens slut', fi: 'Ajanjakson lopussa', en: 'At the end' },
  notRecorded: { sv: 'registreras inte', fi: 'ei kirjata', en: 'not recorded' },
  answers: { sv: 'Svar', fi: 'Vastaukset', en: 'Answers' },
  mean: { sv: 'Medelvärde', fi: 'Keskiarvo', en: 'Mean' },
  tooFewAnswers: {
    sv: 'för få svar för att visa',
    fi: 'liian vähän vastauksia näytettäväksi',
    en: 'too few answers to show',
  },
  yes: { sv: 'ja', fi: 'kyllä', en: 'yes' },
  no: { sv: 'nej', fi: 'ei', en: 'no' },
  planned: { sv: 'Planerad', fi: 'Suunniteltu', en: 'Planned' },
  ongoing: { sv: 'Pågår', fi: 'Käynnissä', en: 'Ongoing' },
  done: { sv: 'Genomförd', fi: 'Toteutettu', en: 'Done' },
} satisfies Record<string, Record<Language, string>>;

export type ReportString = keyof typeof reportStrings;

export const rt = (key: ReportString, lang: Language) => reportStrings[key][lang];
