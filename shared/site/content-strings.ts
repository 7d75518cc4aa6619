import type { Language } from '../http/route';

/** Texts of the home page and the content pages ({date} is filled in). */
export const contentStrings = {
  campaignOpen: { sv: 'Ansökan öppen', fi: 'Haku auki', en: 'Open for applications' },
  campaignSoon: { sv: 'Öppnar snart', fi: 'Avautuu pian', en: 'Opening soon' },
  applicationOpenUntil: {
    sv: 'Ansökningstiden pågår till {date}.',
    fi: 'Hakuaika päättyy {date}.',
    en: 'Applications are open until {date}.',
  },
  applicationOpensOn: {
    sv: 'Ansökningstiden börjar {date}.',
    fi: 'Hakuaika alkaa {date}.',
    en: 'Applications open on {date}.',
  },
  activityPlanIntro: {
    sv: 'Verksamhetsplanen visar nätverkets teman, åtgärder och hur långt de har kommit.',
    fi: 'Toimintasuunnitelmasta näet verkoston teemat ja toimenpiteet sekä sen, miten ne ovat edenneet.',
    en: 'The activity plan shows the network’s themes and actions, and how far they have come.',
  },
  readActivityPlan: {
    sv: 'Läs verksamhetsplanen',
    fi: 'Lue toimintasuunnitelma',
    en: 'Read the activity plan',
  },
  coordinator: { sv: 'Samordnas av', fi: 'Koordinaattori', en: 'Coordinated by' },
  contactUs: { sv: 'Kontakt', fi: 'Yhteystiedot', en: 'Contact' },
  /** Heading of an information package's files (PDF, Word, …) that its text does not already show. */
  packageFiles: { sv: 'Filer', fi: 'Tiedostot', en: 'Files' },
} as const satisfies Record<string, Record<Language, string>>;
