import type { Language } from '../http/route';

/** Texts shared by the site's forms ({link} is filled in). */
export const formStrings = {
  consentText: {
    sv: 'Jag har läst {link} och samtycker till att mina uppgifter behandlas enligt den.',
    fi: 'Olen lukenut {link} ja hyväksyn, että tietojani käsitellään sen mukaisesti.',
    en: 'I have read the {link} and agree that my data is processed as it describes.',
  },
  privacyLink: { sv: 'dataskyddsbeskrivningen', fi: 'tietosuojaselosteen', en: 'privacy notice' },
  opensInNewTab: { sv: 'öppnas i en ny flik', fi: 'avautuu uuteen välilehteen', en: 'opens in a new tab' },
  consentShort: { sv: 'Samtycke', fi: 'Suostumus', en: 'Consent' },
} as const satisfies Record<string, Record<Language, string>>;
