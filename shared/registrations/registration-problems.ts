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
  unknownToken: () =>
    problem('not-found', {
      detail: {
        sv: 'Länken är ogiltig eller har gått ut.',
        fi: 'Linkki on virheellinen tai vanhentunut.',
        en: 'The link is invalid or has expired.',
      },
    }),
};
