import type { FieldError } from '../http/problem';
import { problem } from '../http/problem';

export const applicationProblems = {
  unknownCampaign: () =>
    problem('not-found', {
      detail: {
        sv: 'Kampanjen finns inte.',
        fi: 'Kampanjaa ei ole olemassa.',
        en: 'The campaign does not exist.',
      },
    }),
  closed: () => problem('campaign-closed'),
  duplicate: () => problem('application-exists'),
  locked: () => problem('application-locked'),
  notSubmitted: () => problem('application-not-submitted'),
  invalid: (errors: FieldError[]) => problem('invalid-input', { errors }),
  unknownToken: () =>
    problem('not-found', {
      detail: {
        sv: 'Länken är ogiltig eller har gått ut.',
        fi: 'Linkki on virheellinen tai vanhentunut.',
        en: 'The link is invalid or has expired.',
      },
    }),
  unknownApplication: () =>
    problem('not-found', {
      detail: {
        sv: 'Ansökan finns inte i den här kampanjen.',
        fi: 'Hakemusta ei ole tässä kampanjassa.',
        en: 'The application does not exist in this campaign.',
      },
    }),
  unclaimed: () =>
    problem('not-found', {
      detail: {
        sv: 'Ingen ansökan har reserverat det här FO-numret i kampanjen.',
        fi: 'Mikään hakemus ei ole varannut tätä Y-tunnusta kampanjassa.',
        en: 'No application holds a claim on this Business ID in the campaign.',
      },
    }),
  unknownProposal: () =>
    problem('not-found', {
      detail: {
        sv: 'Förslaget finns inte i den här kampanjen.',
        fi: 'Ehdotusta ei ole tässä kampanjassa.',
        en: 'The proposal does not exist in this campaign.',
      },
    }),
};
