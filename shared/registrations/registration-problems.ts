import { problem } from '../http/problem';

const unknownEvent = {
  sv: 'Evenemanget finns inte eller är inte längre publicerat.',
  fi: 'Tapahtumaa ei ole olemassa tai sitä ei ole enää julkaistu.',
  en: 'The event does not exist or is no longer published.',
};

export const registrationProblems = {
  unknownEvent: () => problem('not-found', { detail: unknownEvent }),
  closed: () => problem('registration-closed'),
  full: () => problem('event-full'),
  /** Confirming a seat that is not held (any more): lapsed, cancelled, or only a waitlist place. */
  notHeld: (status: string) =>
    problem(
      'seat-not-held',
      status === 'waitlisted'
        ? {
            detail: {
              sv: 'Du står på väntelistan. Om en plats blir ledig får du ett e-postmeddelande med en länk för att bekräfta den.',
              fi: 'Olet jonotuslistalla. Jos paikka vapautuu, saat sähköpostiviestin ja linkin sen vahvistamiseen.',
              en: 'You are on the waiting list. If a seat comes free, you will get an email with a link to confirm it.',
            },
          }
        : undefined,
    ),
  unknownToken: () =>
    problem('not-found', {
      detail: {
        sv: 'Länken är ogiltig eller har gått ut.',
        fi: 'Linkki on virheellinen tai vanhentunut.',
        en: 'The link is invalid or has expired.',
      },
    }),
};
