import type * as z from 'zod/mini';
import { en, fi, sv } from 'zod/v4/locales';
import { fieldMessages, localizeMessage } from '../i18n/field-messages';
import type { FieldError } from './problem';
import type { Language } from './route';

const zodLocales = { sv: sv(), fi: fi(), en: en() } as const;

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
    const missing = 'input' in issue && issue.input === undefined && issue.code !== 'custom';
    return [
      { path: base, message: missing ? fieldMessages.required[lang] : localizeMessage(issue.message, lang) },
    ];
  });
}

/** Parse with zod in the request's language; every invalid field is reported, none hidden. */
export function validatePart<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: string,
  lang: Language,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(input, { error: zodLocales[lang].localeError, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues, prefix, lang) };
}
