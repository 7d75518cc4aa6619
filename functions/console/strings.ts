import type { Group, Language } from '../../shared/http/route';

/** The console's own texts, in the three languages (the site's shared texts: shared/site/strings.ts). */
export const consoleStrings = {
  console: { sv: 'Personalens konsol', fi: 'Henkilöstön konsoli', en: 'Staff console' },
  overview: { sv: 'Översikt', fi: 'Yleisnäkymä', en: 'Overview' },
  signedInAs: { sv: 'Inloggad som', fi: 'Kirjautuneena', en: 'Signed in as' },
  roles: { sv: 'Dina roller', fi: 'Roolisi', en: 'Your roles' },
  noRoles: {
    sv: 'Du har ingen roll ännu. Be en administratör lägga till dig i en grupp.',
    fi: 'Sinulla ei ole vielä roolia. Pyydä ylläpitäjää lisäämään sinut ryhmään.',
    en: 'You have no role yet. Ask an administrator to add you to a group.',
  },
  pages: { sv: 'Sidor', fi: 'Sivut', en: 'Pages' },
  signOut: { sv: 'Logga ut', fi: 'Kirjaudu ulos', en: 'Sign out' },
  noAccess: { sv: 'Ingen behörighet', fi: 'Ei käyttöoikeutta', en: 'No access' },
  noAccessText: {
    sv: 'Din roll ger inte tillgång till den här sidan.',
    fi: 'Roolisi ei anna pääsyä tälle sivulle.',
    en: 'Your role does not give access to this page.',
  },
  backToOverview: { sv: 'Till översikten', fi: 'Yleisnäkymään', en: 'To the overview' },
  signInFailed: { sv: 'Inloggningen misslyckades', fi: 'Kirjautuminen epäonnistui', en: 'Sign-in failed' },
  signInFailedText: {
    sv: 'Inloggningen gick ut, avbröts eller kunde inte bekräftas. Försök igen.',
    fi: 'Kirjautuminen vanheni, keskeytyi tai sitä ei voitu vahvistaa. Yritä uudelleen.',
    en: 'The sign-in expired, was cancelled or could not be confirmed. Please try again.',
  },
  signInAgain: { sv: 'Logga in igen', fi: 'Kirjaudu uudelleen', en: 'Sign in again' },
  people: { sv: 'Personer', fi: 'Henkilöt', en: 'People' },
  comingSoon: {
    sv: 'Den här sidan är under arbete.',
    fi: 'Tätä sivua työstetään.',
    en: 'This page is being built.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export const ct = (key: keyof typeof consoleStrings, lang: Language) => consoleStrings[key][lang];

export const groupNames: Record<Group, Record<Language, string>> = {
  coordinator: { sv: 'Koordinator', fi: 'Koordinaattori', en: 'Coordinator' },
  jury: { sv: 'Jurymedlem', fi: 'Tuomariston jäsen', en: 'Jury member' },
};
