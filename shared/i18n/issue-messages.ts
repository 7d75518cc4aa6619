import type * as z from 'zod/mini';
import type { Language } from '../http/route';
import { fieldMessages, localizeMessage } from './field-messages';
import { formatNumber, type PluralText, pluralText } from './plural';

/**
 * What a failed check means, written for people in Swedish, Finnish and English: never a schema word
 * (type names, >=, "expected") nor a field key. zod's own locales say "För lite(t): förväntade number
 * att ha >=0"; these say "Ange ett tal som är minst 0." Counts go through Intl.PluralRules.
 */
const texts = {
  invalid: { sv: 'Kontrollera uppgiften.', fi: 'Tarkista tieto.', en: 'Check this value.' },
  format: {
    sv: 'Uppgiften har inte rätt form.',
    fi: 'Tieto ei ole oikeassa muodossa.',
    en: 'This is not in the right format.',
  },
  email: {
    sv: 'Ange en e-postadress i formen namn@exempel.fi.',
    fi: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
    en: 'Enter an email address in the form name@example.fi.',
  },
  url: {
    sv: 'Ange en webbadress, till exempel www.exempel.fi.',
    fi: 'Anna verkko-osoite, esimerkiksi www.esimerkki.fi.',
    en: 'Enter a web address, for example www.example.fi.',
  },
  number: {
    sv: 'Ange ett tal med siffror, till exempel 25.',
    fi: 'Anna luku numeroina, esimerkiksi 25.',
    en: 'Enter a number in digits, for example 25.',
  },
  wholeNumber: {
    sv: 'Ange ett heltal, till exempel 25.',
    fi: 'Anna kokonaisluku, esimerkiksi 25.',
    en: 'Enter a whole number, for example 25.',
  },
  numberAtLeast: {
    sv: 'Ange ett tal som är minst {n}.',
    fi: 'Anna luku, joka on vähintään {n}.',
    en: 'Enter a number of at least {n}.',
  },
  numberAbove: {
    sv: 'Ange ett tal som är större än {n}.',
    fi: 'Anna lukua {n} suurempi luku.',
    en: 'Enter a number greater than {n}.',
  },
  numberAtMost: {
    sv: 'Ange ett tal som är högst {n}.',
    fi: 'Anna luku, joka on enintään {n}.',
    en: 'Enter a number of at most {n}.',
  },
  numberBelow: {
    sv: 'Ange ett tal som är mindre än {n}.',
    fi: 'Anna lukua {n} pienempi luku.',
    en: 'Enter a number less than {n}.',
  },
  choice: fieldMessages.answerChoice,
  yesNo: fieldMessages.answerBoolean,
} as const satisfies Record<string, Record<Language, string>>;

/** Counted messages ({n} is the limit). */
export const issuePlurals = {
  textTooLong: {
    sv: { one: 'Texten får vara högst {n} tecken lång.', other: 'Texten får vara högst {n} tecken lång.' },
    fi: { one: 'Tekstissä saa olla enintään {n} merkki.', other: 'Tekstissä saa olla enintään {n} merkkiä.' },
    en: {
      one: 'The text may be at most {n} character long.',
      other: 'The text may be at most {n} characters long.',
    },
  },
  textTooShort: {
    sv: {
      one: 'Texten måste vara minst {n} tecken lång.',
      other: 'Texten måste vara minst {n} tecken lång.',
    },
    fi: {
      one: 'Tekstissä on oltava vähintään {n} merkki.',
      other: 'Tekstissä on oltava vähintään {n} merkkiä.',
    },
    en: {
      one: 'The text must be at least {n} character long.',
      other: 'The text must be at least {n} characters long.',
    },
  },
  answerTooLong: {
    sv: { one: 'Svaret får vara högst {n} tecken.', other: 'Svaret får vara högst {n} tecken.' },
    fi: { one: 'Vastaus saa olla enintään {n} merkki.', other: 'Vastaus saa olla enintään {n} merkkiä.' },
    en: {
      one: 'The answer may be at most {n} character.',
      other: 'The answer may be at most {n} characters.',
    },
  },
  chooseAtMost: {
    sv: { one: 'Välj högst {n} alternativ.', other: 'Välj högst {n} alternativ.' },
    fi: { one: 'Valitse enintään {n} vaihtoehto.', other: 'Valitse enintään {n} vaihtoehtoa.' },
    en: { one: 'Choose at most {n} option.', other: 'Choose at most {n} options.' },
  },
  chooseAtLeast: {
    sv: { one: 'Välj minst {n} alternativ.', other: 'Välj minst {n} alternativ.' },
    fi: { one: 'Valitse vähintään {n} vaihtoehto.', other: 'Valitse vähintään {n} vaihtoehtoa.' },
    en: { one: 'Choose at least {n} option.', other: 'Choose at least {n} options.' },
  },
} as const satisfies Record<string, PluralText>;

type Issue = z.core.$ZodIssue;

const limit = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value));
const number = (text: Record<Language, string>, lang: Language, n: number) =>
  text[lang].replaceAll('{n}', formatNumber(n, lang));

/** The message of one failed check, in `lang`. An absent value is "required" whatever the check was. */
export function issueMessage(issue: Issue, lang: Language): string {
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom')
    return fieldMessages.required[lang];
  // Our own rules name their message (msg:<key>); zod's checks are described by what they check.
  if (issue.message.startsWith('msg:')) return localizeMessage(issue.message, lang);
  switch (issue.code) {
    case 'custom':
      return texts.invalid[lang];
    case 'too_big': {
      const n = limit(issue.maximum);
      if (issue.origin === 'string') return pluralText(issuePlurals.textTooLong, lang, n);
      if (issue.origin === 'array' || issue.origin === 'set')
        return pluralText(issuePlurals.chooseAtMost, lang, n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return number(issue.inclusive === false ? texts.numberBelow : texts.numberAtMost, lang, n);
      return texts.invalid[lang];
    }
    case 'too_small': {
      const n = limit(issue.minimum);
      if (issue.origin === 'string')
        return n <= 1 ? fieldMessages.required[lang] : pluralText(issuePlurals.textTooShort, lang, n);
      if (issue.origin === 'array' || issue.origin === 'set')
        return pluralText(issuePlurals.chooseAtLeast, lang, n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return number(issue.inclusive === false ? texts.numberAbove : texts.numberAtLeast, lang, n);
      return texts.invalid[lang];
    }
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'nan') return texts.number[lang];
      if (issue.expected === 'int' || issue.expected === 'bigint') return texts.wholeNumber[lang];
      if (issue.expected === 'boolean') return texts.yesNo[lang];
      return texts.invalid[lang];
    case 'not_multiple_of':
      return texts.wholeNumber[lang];
    case 'invalid_format':
      if (issue.format === 'email') return texts.email[lang];
      if (issue.format === 'url') return texts.url[lang];
      return texts.format[lang];
    case 'invalid_value':
      return issue.values.length === 1 && typeof issue.values[0] === 'boolean'
        ? texts.yesNo[lang]
        : texts.choice[lang];
    default:
      return texts.invalid[lang];
  }
}
