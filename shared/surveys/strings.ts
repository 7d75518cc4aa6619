import type { Language } from '../http/route';

/** The public survey pages' texts (functions/site/pages/surveys.ts). */
export const surveyPageStrings = {
  anonymous: {
    sv: 'Svaren är anonyma: vi sparar inte vem som svarat vad. Länken kan användas en gång, så skicka svaren när du är klar.',
    fi: 'Vastaukset ovat nimettömiä: emme tallenna, kuka vastasi mitäkin. Linkillä voi vastata vain kerran, joten lähetä vastauksesi vasta, kun olet valmis.',
    en: 'Answers are anonymous: we do not keep who answered what. The link works once, so send your answers when you are done.',
  },
  scaleHint: {
    sv: '1 = {min}, 5 = {max}',
    fi: '1 = {min}, 5 = {max}',
    en: '1 = {min}, 5 = {max}',
  },
  scaleHintPlain: {
    sv: '1 är lägst och 5 högst.',
    fi: '1 on pienin ja 5 suurin.',
    en: '1 is the lowest and 5 the highest.',
  },
  chooseAny: {
    sv: 'Välj alla som passar.',
    fi: 'Valitse kaikki sopivat.',
    en: 'Choose all that apply.',
  },
  send: { sv: 'Skicka svaren', fi: 'Lähetä vastaukset', en: 'Send your answers' },
  closes: { sv: 'Enkäten stänger', fi: 'Kysely sulkeutuu', en: 'The survey closes' },
  goneTitle: {
    sv: 'Länken kan inte längre användas',
    fi: 'Linkki ei ole enää käytössä',
    en: 'This link can no longer be used',
  },
  goneText: {
    sv: 'Länken har redan använts för att svara, den har gått ut eller enkäten har stängt. Varje länk kan användas en gång. Tack för ditt intresse!',
    fi: 'Linkillä on jo vastattu, se on vanhentunut tai kysely on sulkeutunut. Kullakin linkillä voi vastata kerran. Kiitos kiinnostuksestasi!',
    en: 'The link has already been used to answer, it has expired, or the survey has closed. Each link works once. Thank you for your interest!',
  },
  notYetOpenTitle: {
    sv: 'Enkäten har inte öppnat ännu',
    fi: 'Kysely ei ole vielä auki',
    en: 'The survey is not open yet',
  },
  notYetOpenText: {
    sv: 'Du kan svara med samma länk när enkäten har öppnat.',
    fi: 'Voit vastata samalla linkillä, kun kysely on avautunut.',
    en: 'You can answer with the same link once the survey opens.',
  },
  thanksTitle: { sv: 'Tack för dina svar', fi: 'Kiitos vastauksistasi', en: 'Thank you for your answers' },
  thanksText: {
    sv: 'Dina svar har sparats anonymt. De hjälper oss att utveckla nätverkets verksamhet.',
    fi: 'Vastauksesi on tallennettu nimettöminä. Ne auttavat meitä kehittämään verkoston toimintaa.',
    en: 'Your answers have been saved anonymously. They help us develop the network’s work.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export const st = (key: keyof typeof surveyPageStrings, lang: Language) => surveyPageStrings[key][lang];
