import type { Language } from '../http/route';
import type { PluralText } from '../i18n/plural';

/** Texts of the nomination form ({seat}, {role}, {n} are filled in). */
export const nominationStrings = {
  organisation: { sv: 'Organisation', fi: 'Organisaatio', en: 'Organisation' },
  answerBy: { sv: 'Svara senast', fi: 'Vastatkaa viimeistään', en: 'Answer by' },
  seatsAsked: { sv: 'Efterfrågas', fi: 'Pyydetään', en: 'Asked for' },
  term: { sv: 'Mandatperiod', fi: 'Toimikausi', en: 'Term' },
  seatLegend: { sv: '{role}, plats {seat}', fi: '{role}, paikka {seat}', en: '{role}, seat {seat}' },
  nomineeLegend: { sv: 'Nominerad {n}', fi: 'Ehdokas {n}', en: 'Nominee {n}' },
  seatHintBoth: {
    sv: 'Föreslå en kvinna och en man.',
    fi: 'Ehdottakaa naista ja miestä.',
    en: 'Propose a woman and a man.',
  },
  genderLabel: { sv: 'Kön', fi: 'Sukupuoli', en: 'Gender' },
  nomineeFieldsHint: {
    sv: 'Ange namn och e-postadress för varje person ni föreslår. Kön används bara för att räkna könsfördelningen enligt jämställdhetslagen (4 a §). Språket är det språk personen får meddelanden på. Lämna en plats tom om ni inte föreslår någon där.',
    fi: 'Ilmoittakaa jokaisen ehdottamanne henkilön nimi ja sähköpostiosoite. Sukupuolta käytetään vain sukupuolijakauman laskemiseen tasa-arvolain (4 a §) mukaisesti. Kieli on se kieli, jolla henkilö saa viestit. Jättäkää paikka tyhjäksi, jos ette ehdota siihen ketään.',
    en: 'Give the name and email address of each person you propose. Gender is used only to count the gender balance under the Equality Act (section 4 a). The language is the one the person receives messages in. Leave a place empty if you propose nobody there.',
  },
  balanceTitle: { sv: 'Könsfördelning', fi: 'Sukupuolijakauma', en: 'Gender balance' },
  balanceOk: {
    sv: 'Förslaget uppfyller omgångens krav.',
    fi: 'Ehdotus täyttää kierroksen vaatimukset.',
    en: 'The proposal meets the round’s requirements.',
  },
  balanceMissing: {
    sv: 'Det här saknas. Går det inte att ordna, motivera avvikelsen nedan.',
    fi: 'Tämä puuttuu. Jos sitä ei voi järjestää, perustelkaa poikkeama alla.',
    en: 'This is missing. If it cannot be done, justify the deviation below.',
  },
  balanceNoJs: {
    sv: 'Fördelningen räknas om när ni sparar.',
    fi: 'Jakauma lasketaan uudelleen, kun tallennatte.',
    en: 'The balance is counted again when you save.',
  },
  seatEmpty: {
    sv: '{seat}: ingen nominerad ännu.',
    fi: '{seat}: ei vielä ehdokasta.',
    en: '{seat}: nobody nominated yet.',
  },
  roleLine: {
    sv: '{role}: {women} och {men} av {total}',
    fi: '{role}: {women} ja {men}, yhteensä {total}',
    en: '{role}: {women} and {men} of {total}',
  },
  members: { sv: 'Ledamöter', fi: 'Jäsenet', en: 'Members' },
  deputies: { sv: 'Ersättare', fi: 'Varajäsenet', en: 'Deputies' },
  justificationHint: {
    sv: 'Behövs bara om någon plats saknar en kvinna eller en man.',
    fi: 'Tarvitaan vain, jos jollekin paikalle ei ole ehdotettu naista tai miestä.',
    en: 'Needed only if a seat lacks a woman or a man.',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** Counted texts of the nomination form ({n} is the number). */
export const nominationPlurals = {
  members: {
    sv: { one: '{n} ledamot', other: '{n} ledamöter' },
    fi: { one: '{n} jäsen', other: '{n} jäsentä' },
    en: { one: '{n} member', other: '{n} members' },
  },
  deputies: {
    sv: { one: '{n} ersättare', other: '{n} ersättare' },
    fi: { one: '{n} varajäsen', other: '{n} varajäsentä' },
    en: { one: '{n} deputy', other: '{n} deputies' },
  },
  women: {
    sv: { one: '{n} kvinna', other: '{n} kvinnor' },
    fi: { one: '{n} nainen', other: '{n} naista' },
    en: { one: '{n} woman', other: '{n} women' },
  },
  men: {
    sv: { one: '{n} man', other: '{n} män' },
    fi: { one: '{n} mies', other: '{n} miestä' },
    en: { one: '{n} man', other: '{n} men' },
  },
  nominees: {
    sv: { one: '{n} nominerad', other: '{n} nominerade' },
    fi: { one: '{n} ehdokas', other: '{n} ehdokasta' },
    en: { one: '{n} nominee', other: '{n} nominees' },
  },
} as const satisfies Record<string, PluralText>;
