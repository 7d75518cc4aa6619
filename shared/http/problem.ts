import { type ProblemCode, problemTexts } from '../i18n/problem-texts';
import type { Language } from './route';

export interface FieldError {
  path: string;
  message: string;
}

export type LocalizedText = Record<Language, string>;

/**
 * A failure the client can act on. Thrown by use cases and handlers, turned into
 * application/problem+json (RFC 9457) by the HTTP wrapper in the request's language.
 */
export class HttpProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: {
      /** Overrides the generic detail, per language. */
      detail?: LocalizedText;
      errors?: readonly FieldError[];
      headers?: Record<string, string>;
      /** Extension members (RFC 9457 §3.2), e.g. the seat a nomination rule failed on. */
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'HttpProblem';
  }

  get status(): number {
    return problemTexts[this.code].status;
  }

  toBody(lang: Language) {
    const [title, detail] = problemTexts[this.code][lang];
    return {
      type: `/problems/${this.code}`,
      title,
      status: this.status,
      detail: this.options.detail?.[lang] ?? detail,
      ...(this.options.errors?.length ? { errors: this.options.errors } : {}),
      ...this.options.extensions,
    };
  }
}

export const problem = (code: ProblemCode, options?: ConstructorParameters<typeof HttpProblem>[1]) =>
  new HttpProblem(code, options);
