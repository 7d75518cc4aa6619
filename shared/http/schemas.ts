import * as z from 'zod/mini';

/** RFC 9457 problem details, as every error of the API is shaped (docs/ARCHITECTURE.md, Errors). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

export const languageSchema = z.enum(['sv', 'fi', 'en']);

/**
 * Characters that show nothing: format characters (zero-width space and joiners, word joiner, soft
 * hyphen, bidi marks, BOM), white space of every kind, and the letters that render as blanks (the
 * Hangul fillers, the combining grapheme joiner, the blank Braille pattern).
 */
const INVISIBLE = /^(?:[\p{Cf}\p{White_Space}\u115f\u1160\u2800\u3164\uffa0]|\u034f)*$/u;

/** True when a text has at least one character a reader can see. */
export const hasVisibleCharacter = (value: string) => !INVISIBLE.test(value);

/**
 * Trimmed, non-empty text with an upper bound, the shape of every free-text field. A value made only
 * of invisible characters counts as empty: it would show as a blank name in a list or a mail.
 */
export const text = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'msg:required', abort: true }),
      z.maxLength(max),
      z.refine(hasVisibleCharacter, { error: 'msg:required', abort: true }),
    );

/** Emails are trimmed and lower-cased before they are checked or matched (docs/ARCHITECTURE.md, The handler wrapper). */
export const email = () => z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email());

export const cursorQuery = z.strictObject({ cursor: z.optional(z.string().check(z.maxLength(2048))) });

/** Who a person is, as registrations and network membership both ask it. */
export const personFields = {
  name: text(200),
  email: email(),
  organization: z.optional(text(200)),
  municipality: z.optional(text(100)),
  language: languageSchema,
};

/** Explicit consent: `true` and nothing else, with a message that says so. */
export const consentField = () => z.literal(true, { error: 'msg:consent' });

/** A Sanity document id in a path (events, campaigns, rounds, focus areas): letters, digits, . _ - */
export const documentId = () =>
  z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9._-]+$/));

/**
 * A secret-link token in a path or body. Any string is looked up, so a made-up or tampered token is a
 * plain 404 rather than a 400 that would tell a guesser the shape; only the length is bounded.
 */
export const secretToken = () => z.string().check(z.minLength(1), z.maxLength(200));
