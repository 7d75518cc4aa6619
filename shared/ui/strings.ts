import type { Language } from '../http/route';
import type { PluralText } from '../i18n/plural';

/**
 * Texts of the design system's own parts (frame, error summary, fields, notices), the same for every
 * service that uses it: the public site and the staff console. Pages keep their own texts.
 */
export const uiStrings = {
  /** The name shown until the settings can be read. */
  network: {
    sv: 'Jämställdhets- och likabehandlingsnätverket',
    fi: 'Tasa-arvo- ja yhdenvertaisuusverkosto',
    en: 'Equality and non-discrimination network',
  },
  skip: { sv: 'Hoppa till innehållet', fi: 'Siirry sisältöön', en: 'Skip to main content' },
  mainMenu: { sv: 'Huvudmeny', fi: 'Päävalikko', en: 'Main menu' },
  language: { sv: 'Välj språk', fi: 'Valitse kieli', en: 'Choose language' },
  breadcrumbs: { sv: 'Du är här', fi: 'Olet tässä', en: 'You are here' },
  back: { sv: 'Tillbaka', fi: 'Takaisin', en: 'Back' },
  home: { sv: 'Start', fi: 'Etusivu', en: 'Home' },
  contact: { sv: 'Kontakt', fi: 'Yhteystiedot', en: 'Contact' },
  footerLinks: { sv: 'Om webbplatsen', fi: 'Tietoa sivustosta', en: 'About this site' },
  /** Prefixes the document title and every error message (read out, not shown, beside a field). */
  errorPrefix: { sv: 'Fel', fi: 'Virhe', en: 'Error' },
  errorSummary: {
    sv: 'Rätta följande uppgifter',
    fi: 'Korjaa seuraavat tiedot',
    en: 'Please correct the following',
  },
  optional: { sv: 'frivilligt', fi: 'vapaaehtoinen', en: 'optional' },
  success: { sv: 'Klart', fi: 'Valmis', en: 'Done' },
  important: { sv: 'Viktigt', fi: 'Tärkeää', en: 'Important' },
  warning: { sv: 'Varning', fi: 'Varoitus', en: 'Warning' },
  choose: { sv: 'Välj', fi: 'Valitse', en: 'Choose' },
  cancel: { sv: 'Avbryt', fi: 'Peruuta', en: 'Cancel' },
  yes: { sv: 'Ja', fi: 'Kyllä', en: 'Yes' },
  no: { sv: 'Nej', fi: 'Ei', en: 'No' },
  honeypot: {
    sv: 'Lämna det här fältet tomt',
    fi: 'Jätä tämä kenttä tyhjäksi',
    en: 'Leave this field empty',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type UiStringKey = keyof typeof uiStrings;
export const ui = (key: UiStringKey, lang: Language) => uiStrings[key][lang];

/** Counted texts of the character counter ({n} is the number). */
export const uiPlurals = {
  charactersAllowed: {
    sv: { one: 'Du kan skriva högst {n} tecken.', other: 'Du kan skriva högst {n} tecken.' },
    fi: { one: 'Voit kirjoittaa enintään {n} merkin.', other: 'Voit kirjoittaa enintään {n} merkkiä.' },
    en: { one: 'You can enter up to {n} character.', other: 'You can enter up to {n} characters.' },
  },
  charactersLeft: {
    sv: { one: '{n} tecken kvar.', other: '{n} tecken kvar.' },
    fi: { one: '{n} merkki jäljellä.', other: '{n} merkkiä jäljellä.' },
    en: { one: '{n} character left.', other: '{n} characters left.' },
  },
  charactersOver: {
    sv: { one: '{n} tecken för mycket.', other: '{n} tecken för mycket.' },
    fi: { one: '{n} merkki liikaa.', other: '{n} merkkiä liikaa.' },
    en: { one: '{n} character too many.', other: '{n} characters too many.' },
  },
} as const satisfies Record<string, PluralText>;
