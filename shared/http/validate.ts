import type * as z from 'zod/mini';
import { fieldMessages } from '../i18n/field-messages';
import { issueMessage } from '../i18n/issue-messages';
import type { FieldError } from './problem';
import type { Language } from './route';

type Issue = z.core.$ZodIssue;

function toFieldErrors(issues: readonly Issue[], prefix: string, lang: Language): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [base, key].filter(Boolean).join('.'),
        message: fieldMessages.unknownField[lang],
      }));
    }
    // reportInput is on, so an absent value shows as input undefined whatever the check was.
    return [{ path: base, message: issueMessage(issue, lang) }];
  });
}

/**
 * Parse with zod; every invalid field is reported, none hidden, each with a message for people in the
 * request's language (shared/i18n/issue-messages.ts), never zod's own wording.
 */
export function validatePart<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: string,
  lang: Language,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues, prefix, lang) };
}
