import type { Language } from '../http/route';

/**
 * Messages of our own validation rules. A schema refinement raises `msg:<key>` and the HTTP
 * wrapper shows the text in the request's language; zod's own checks use zod's locales.
 */
export const fieldMessages = {
  required: {
    sv: 'Obligatoriskt fält.',
    fi: 'Pakollinen kenttä.',
    en: 'This field is required.',
  },
  consent: {
    sv: 'Samtycke krävs.',
    fi: 'Suostumus vaaditaan.',
    en: 'Consent is required.',
  },
  unknownField: {
    sv: 'Okänt fält.',
    fi: 'Tuntematon kenttä.',
    en: 'Unknown field.',
  },
  idempotencyKey: {
    sv: 'Idempotency-Key ska vara 1–255 synliga ASCII-tecken.',
    fi: 'Idempotency-Key: 1–255 näkyvää ASCII-merkkiä.',
    en: 'Idempotency-Key must be 1–255 visible ASCII characters.',
  },
  bodyRequired: {
    sv: 'Begäran saknar innehåll.',
    fi: 'Pyynnöstä puuttuu sisältö.',
    en: 'The request has no body.',
  },
  // Campaign applications (shared/applications).
  businessIdFormat: {
    sv: 'Ange FO-numret i formen 1234567-8.',
    fi: 'Anna Y-tunnus muodossa 1234567-8.',
    en: 'Enter the Business ID in the form 1234567-8.',
  },
  businessIdCheckDigit: {
    sv: 'FO-numrets kontrollsiffra stämmer inte.',
    fi: 'Y-tunnuksen tarkistusnumero ei täsmää.',
    en: 'The check digit of the Business ID does not match.',
  },
  municipalityNotEligible: {
    sv: 'Företag från den här kommunen kan inte delta i kampanjen.',
    fi: 'Tämän kunnan yritykset eivät voi osallistua kampanjaan.',
    en: 'Companies from this municipality cannot take part in the campaign.',
  },
  httpsUrl: {
    sv: 'Ange en webbadress som börjar med https://.',
    fi: 'Anna verkko-osoite, jonka alussa on https://.',
    en: 'Enter a web address starting with https://.',
  },
  phone: {
    sv: 'Ange ett telefonnummer med siffror, till exempel +358 40 123 4567.',
    fi: 'Anna puhelinnumero numeroina, esimerkiksi +358 40 123 4567.',
    en: 'Enter a phone number in digits, for example +358 40 123 4567.',
  },
  unknownQuestion: {
    sv: 'Kampanjen har ingen sådan fråga.',
    fi: 'Kampanjassa ei ole tällaista kysymystä.',
    en: 'The campaign has no such question.',
  },
  answerText: {
    sv: 'Svara med text.',
    fi: 'Vastaa tekstillä.',
    en: 'Answer with text.',
  },
  /** Shown counted (issuePlurals.answerTooLong in issue-messages.ts): "1 merkki", "300 merkkiä". */
  answerTooLong: {
    sv: 'Svaret får vara högst {max} tecken.',
    fi: 'Vastaus saa olla enintään {max} merkkiä.',
    en: 'The answer may be at most {max} characters.',
  },
  answerChoice: {
    sv: 'Välj ett av alternativen.',
    fi: 'Valitse yksi vaihtoehdoista.',
    en: 'Choose one of the options.',
  },
  answerChoices: {
    sv: 'Välj bland alternativen, vart och ett högst en gång.',
    fi: 'Valitse vaihtoehdoista, kukin enintään kerran.',
    en: 'Choose among the options, each at most once.',
  },
  answerNumber: {
    sv: 'Svara med ett tal.',
    fi: 'Vastaa numerolla.',
    en: 'Answer with a number.',
  },
  answerBoolean: {
    sv: 'Svara ja eller nej.',
    fi: 'Vastaa kyllä tai ei.',
    en: 'Answer yes or no.',
  },
  unknownCriterion: {
    sv: 'Kampanjen har inget sådant kriterium.',
    fi: 'Kampanjassa ei ole tällaista kriteeriä.',
    en: 'The campaign has no such criterion.',
  },
  scoreMissing: {
    sv: 'Ge det här kriteriet poäng 0–5.',
    fi: 'Pisteytä tämä kriteeri asteikolla 0–5.',
    en: 'Give this criterion a score from 0 to 5.',
  },
  // Organisations joining the strategy (shared/affiliations).
  httpUrl: {
    sv: 'Ange en webbadress som börjar med https:// eller http://.',
    fi: 'Anna verkko-osoite, jonka alussa on https:// tai http://.',
    en: 'Enter a web address starting with https:// or http://.',
  },
  isoDate: {
    sv: 'Ange ett datum, till exempel 2027-03-15.',
    fi: 'Anna päivämäärä, esimerkiksi 2027-03-15.',
    en: 'Enter a date, for example 2027-03-15.',
  },
  choose: {
    sv: 'Välj ett av alternativen i listan.',
    fi: 'Valitse jokin luettelon vaihtoehdoista.',
    en: 'Choose one of the options in the list.',
  },
  contributionRequired: {
    sv: 'Beskriv vad organisationen bidrar med till minst ett mål.',
    fi: 'Kuvatkaa, miten organisaatio edistää vähintään yhtä tavoitetta.',
    en: 'Describe what the organisation contributes to at least one goal.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldMessageKey = keyof typeof fieldMessages;

export const msg = (key: FieldMessageKey) => `msg:${key}`;

export function localizeMessage(message: string, lang: Language): string {
  if (!message.startsWith('msg:')) return message;
  const entry = fieldMessages[message.slice(4) as FieldMessageKey];
  return entry ? entry[lang] : message;
}
