import type { Language } from '../http/route';
import type { PluralText } from '../i18n/plural';

/** Texts of the methods toolbox: the list with its filters, and a method's page. */
export const methodStrings = {
  methodsNav: { sv: 'Metoder', fi: 'Menetelmät', en: 'Methods' },
  strategyNav: { sv: 'Strategin', fi: 'Strategia', en: 'Strategy' },
  methodsTitle: { sv: 'Metoder och verktyg', fi: 'Menetelmät ja työkalut', en: 'Methods and tools' },
  methodsIntro: {
    sv: 'Arbetssätt för jämställdhet och likabehandling som andra redan har prövat och som ni kan ta i bruk. Välj tyngdpunkter och målgrupp för att se de metoder som passar er.',
    fi: 'Tasa-arvo- ja yhdenvertaisuustyön tapoja, joita muut ovat jo kokeilleet ja jotka voitte ottaa käyttöön. Valitse painopisteet ja kohderyhmä, niin näet teille sopivat menetelmät.',
    en: 'Ways of working on equality and non-discrimination that others have already tried and that you can take up. Choose focus areas and a target group to see the methods that suit you.',
  },
  methodFilters: { sv: 'Filtrera metoderna', fi: 'Rajaa menetelmiä', en: 'Filter the methods' },
  focusAreas: { sv: 'Tyngdpunkter', fi: 'Painopisteet', en: 'Focus areas' },
  targetGroup: { sv: 'Målgrupp', fi: 'Kohderyhmä', en: 'Target group' },
  anyTargetGroup: { sv: 'Alla målgrupper', fi: 'Kaikki kohderyhmät', en: 'All target groups' },
  duration: { sv: 'Tidsåtgång', fi: 'Kesto', en: 'Duration' },
  showMethods: { sv: 'Visa metoder', fi: 'Näytä menetelmät', en: 'Show methods' },
  clearFilters: { sv: 'Rensa filtren', fi: 'Poista rajaukset', en: 'Clear filters' },
  noMatchingMethods: {
    sv: 'Inga metoder passar de valda filtren. Pröva med färre val.',
    fi: 'Valintoihin sopivia menetelmiä ei löytynyt. Kokeile väljempiä rajauksia.',
    en: 'No methods match the chosen filters. Try choosing fewer.',
  },
  noMethods: {
    sv: 'Det finns inga metoder ännu.',
    fi: 'Menetelmiä ei ole vielä julkaistu.',
    en: 'There are no methods yet.',
  },
  methodMaterial: { sv: 'Material', fi: 'Materiaali', en: 'Material' },
  methodLinks: { sv: 'Läs mer', fi: 'Lue lisää', en: 'Read more' },
  methodContact: {
    sv: 'Frågor om metoden',
    fi: 'Kysyttävää menetelmästä?',
    en: 'Questions about the method',
  },
  allMethods: { sv: 'Alla metoder', fi: 'Kaikki menetelmät', en: 'All methods' },
} as const satisfies Record<string, Record<Language, string>>;

/** Counted texts of the toolbox. */
export const methodPlurals = {
  methodCount: {
    sv: { one: '{n} metod', other: '{n} metoder' },
    fi: { one: '{n} menetelmä', other: '{n} menetelmää' },
    en: { one: '{n} method', other: '{n} methods' },
  },
} as const satisfies Record<string, PluralText>;
