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
} as const satisfies Record<string, Record<Language, string>>;

export type FieldMessageKey = keyof typeof fieldMessages;

export const msg = (key: FieldMessageKey) => `msg:${key}`;

export function localizeMessage(message: string, lang: Language): string {
  if (!message.startsWith('msg:')) return message;
  const entry = fieldMessages[message.slice(4) as FieldMessageKey];
  return entry ? entry[lang] : message;
}
