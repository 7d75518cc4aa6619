import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import { fieldMessages } from '../i18n/field-messages';
import { validateAnswers } from './answers';
import type { AnswerValue, ApplicationInput } from './application';
import type { CampaignMeta } from './campaign';

/** An empty list of eligible municipalities means every municipality may apply (Studio's rule). */
export function municipalityError(meta: CampaignMeta, municipality: string, lang: Language): FieldError[] {
  const eligible = meta.eligibleMunicipalities ?? [];
  return eligible.length === 0 || eligible.includes(municipality)
    ? []
    : [{ path: 'company.municipality', message: fieldMessages.municipalityNotEligible[lang] }];
}

/**
 * What zod cannot know, since it depends on the campaign: the municipality is eligible and the answers
 * fit the questions of this version of the campaign. `complete` asks for every required answer.
 */
export function checkApplication(
  meta: CampaignMeta,
  input: ApplicationInput,
  complete: boolean,
  lang: Language,
): { answers: Record<string, AnswerValue>; errors: FieldError[] } {
  const answers = validateAnswers(meta.questions ?? [], input.answers, complete, lang);
  return {
    answers: answers.answers,
    errors: [...municipalityError(meta, input.company.municipality, lang), ...answers.errors],
  };
}
