import { describe, expect, it } from 'vitest';
import { applicationBody, proposalBody } from '../../functions/applications/routes';
import { membershipBody } from '../../functions/network/routes';
import { answerBody } from '../../functions/nominations/routes';
import { registrationBody } from '../../functions/registrations/routes';
import { validateAnswers } from '../../shared/applications/answers';
import type { CampaignQuestion } from '../../shared/applications/campaign';
import type { Language } from '../../shared/http/route';
import { validatePart } from '../../shared/http/validate';
import { fieldMessages } from '../../shared/i18n/field-messages';
import { issuePlurals } from '../../shared/i18n/issue-messages';
import { type PluralText, pluralText } from '../../shared/i18n/plural';
import { problemTexts } from '../../shared/i18n/problem-texts';
import {
  checkSeats,
  describeDeviation,
  justificationNeeded,
  type Nominee,
} from '../../shared/nominations/seat-rules';
import { eventPlurals } from '../../shared/site/event-strings';
import { nominationPlurals } from '../../shared/site/nomination-strings';
import { uiPlurals } from '../../shared/ui/strings';

/**
 * Every validation message the site's forms can show, in Swedish, Finnish and English, written for
 * people: no schema word (type names, comparison signs, "expected"), no field key, no placeholder left
 * unfilled, and counted nouns in the form their number takes ("1 ledamot", never "1 ledamöter").
 */
const languages: Language[] = ['sv', 'fi', 'en'];

/** zod's vocabulary: type names (foreign words in Swedish and Finnish), comparisons, "expected". */
const schemaWords = {
  sv: /\b(number|string|boolean|int|bigint|integer|undefined|null|NaN|regex|array|object|enum|literal|input|zod)\b|förväntade|>=|<=|[<>{}]|msg:/i,
  fi: /\b(number|string|boolean|int|bigint|integer|undefined|null|NaN|regex|array|object|enum|literal|input|zod)\b|odotettu|>=|<=|[<>{}]|msg:/i,
  en: /\b(string|boolean|bigint|undefined|null|NaN|regex|array|object|enum|literal|zod|expected|received)\b|invalid input|>=|<=|[<>{}]|msg:/i,
} as const;
/** Keys of the forms' fields and the API's paths, none of which people should read. */
const fieldKeys =
  /\b(businessId|wantsToCoordinate|justification|registrationBody|nominees\.\d+|company\.\w+|contact\.\w+|proposer\.\w+|answers\.\w+|p-[a-z]+|answer-[a-z]+|submitted-by|equal-pay)\b/;
/** A plural-only noun after the number 1 (not 21, 31 …, which take the plural in all three languages). */
const unhandledPlural =
  /(?<![\d.,])1 (ledamöter|platser|nominerade|kvinnor|män|jäsentä|varajäsentä|paikkaa|merkkiä|ehdokasta|naista|miestä|vaihtoehtoa|tapahtumaa|members|deputies|seats|characters|nominees|women|men|options|events)(?=[\s.,;:!?)]|$)/;

function assertReadable(messages: string[], lang: Language) {
  expect(messages.length).toBeGreaterThan(0);
  const bad = messages.filter(
    (m) => schemaWords[lang].test(m) || fieldKeys.test(m) || unhandledPlural.test(m),
  );
  expect(bad).toEqual([]);
}

const long = (n: number) => 'x'.repeat(n);

/** Inputs that break every rule of each form's schema, field by field. */
const badInputs: Record<string, { schema: Parameters<typeof validatePart>[0]; inputs: unknown[] }> = {
  registration: {
    schema: registrationBody,
    inputs: [
      {},
      {
        name: long(201),
        email: 'not-an-email',
        organization: long(201),
        municipality: long(101),
        dietary: long(501),
        accessibility: long(501),
        language: 'de',
        consent: false,
        shoeSize: 44,
      },
      { name: 5, email: 5, organization: ' ', language: 5, consent: 'yes' },
    ],
  },
  membership: {
    schema: membershipBody,
    inputs: [
      {},
      {
        name: '\u200b',
        email: 'a@',
        interests: Array.from({ length: 21 }, (_, i) => `area-${i}`),
        wantsToCoordinate: 'yes',
        language: 'sv',
        consent: false,
      },
      { name: 'A', email: 'a@example.org', language: 'sv', consent: true, interests: ['<bad id>'] },
    ],
  },
  application: {
    schema: applicationBody,
    inputs: [
      {},
      { company: {}, contact: {}, answers: {}, submit: 'x' },
      {
        company: {
          name: long(201),
          businessId: '123',
          municipality: long(201),
          employees: -1,
          sector: long(201),
          website: 'http://www.example.fi',
        },
        contact: { name: long(201), email: 'x', phone: 'abc', language: 'de' },
        answers: { '': 'x' },
        submit: true,
        consent: false,
      },
      {
        company: { name: 'A', businessId: '1234567-8', municipality: 'm', employees: 2.5, website: 'www' },
        contact: { name: 'A', email: 'a@example.org' },
        answers: { q: { nested: true } },
        submit: false,
        consent: true,
      },
      {
        company: { name: 'A', businessId: '1234567-1', municipality: 'm', employees: 20_000_000 },
        contact: { name: 'A', email: 'a@example.org', phone: '1' },
        answers: { [long(101)]: long(20_001), list: Array.from({ length: 101 }, () => 'x') },
        submit: false,
        consent: true,
      },
    ],
  },
  proposal: {
    schema: proposalBody,
    inputs: [
      {},
      {
        company: { name: long(201), businessId: 'x', municipality: '' },
        reason: long(4001),
        proposer: { name: '', email: 'x', language: 'de' },
        consent: false,
      },
    ],
  },
  nomination: {
    schema: answerBody,
    inputs: [
      {},
      { nominees: 'x' },
      {
        nominees: [
          { seat: 0, role: 'chair', name: '', email: 'x', gender: 'x', language: 'de', title: long(201) },
          { seat: 51, role: 'member', name: 'A', email: 'a@example.org', language: 'sv' },
          { seat: 1.5, role: 'member', name: 'A', email: 'a@example.org', language: 'sv' },
          {},
        ],
        justification: long(4001),
      },
      { nominees: Array.from({ length: 201 }, () => ({})) },
    ],
  },
};

const question = (over: Partial<CampaignQuestion>): CampaignQuestion => ({
  key: 'q',
  label: {},
  type: 'text',
  required: true,
  options: [],
  maxLength: null,
  criterion: null,
  ...over,
});

describe('validation messages of every form, for people', () => {
  for (const lang of languages) {
    it(`names no schema word, no field key and no unhandled plural in the forms' schemas (${lang})`, () => {
      // Act
      const messages = Object.values(badInputs).flatMap(({ schema, inputs }) =>
        inputs.flatMap((input) => {
          const result = validatePart(schema, input, '', lang);
          return result.ok ? [] : result.errors.map((e) => e.message);
        }),
      );
      // Assess
      assertReadable(messages, lang);
      expect(new Set(messages).size).toBeGreaterThan(12);
    });

    it(`words the campaign's answer checks for people, counted right (${lang})`, () => {
      // Prepare
      const questions = [
        question({ key: 'a', type: 'text', maxLength: 1 }),
        question({ key: 'b', type: 'longText', maxLength: 300 }),
        question({ key: 'c', type: 'url' }),
        question({ key: 'd', type: 'number' }),
        question({ key: 'e', type: 'boolean' }),
        question({ key: 'f', type: 'singleChoice', options: ['x', 'y'] }),
        question({ key: 'g', type: 'multiChoice', options: ['x', 'y'] }),
        question({ key: 'h', type: 'text' }),
      ];
      // Act
      const wrong = validateAnswers(
        questions,
        { a: 'xy', b: long(301), c: 'http://x', d: 'many', e: 'maybe', f: 'z', g: ['x', 'x'], zz: 'x' },
        true,
        lang,
      );
      const missing = validateAnswers(questions, {}, true, lang);
      // Assess
      assertReadable(
        [...wrong.errors, ...missing.errors].map((e) => e.message),
        lang,
      );
      expect(wrong.errors.find((e) => e.path === 'answers.a')?.message).toBe(
        {
          sv: 'Svaret får vara högst 1 tecken.',
          fi: 'Vastaus saa olla enintään 1 merkki.',
          en: 'The answer may be at most 1 character.',
        }[lang],
      );
    });

    it(`words the nomination's seat rules for people, counted right (${lang})`, () => {
      // Prepare
      const n = (seat: number, role: Nominee['role'], gender?: Nominee['gender']): Nominee => ({
        seat,
        role,
        name: 'N',
        email: 'n@example.org',
        language: lang,
        ...(gender ? { gender } : {}),
      });
      // Act
      const one = checkSeats(
        [n(2, 'member'), n(1, 'deputy'), n(1, 'deputy')],
        { seats: { members: 1, deputies: 1 }, askBothGenders: false },
        lang,
      );
      const two = checkSeats(
        [n(3, 'member'), n(1, 'member', 'woman'), n(1, 'member', 'woman'), n(1, 'member', 'man')],
        { seats: { members: 2, deputies: 0 }, askBothGenders: true },
        lang,
      );
      const deviations = (['woman', 'man'] as const).flatMap((g) => [
        describeDeviation({ seat: 1, role: 'member', missing: [g] }, lang),
        describeDeviation({ seat: 2, role: 'deputy', missing: ['woman', 'man'] }, lang),
      ]);
      // Assess
      assertReadable(
        [
          ...one.errors.map((e) => e.message),
          ...two.errors.map((e) => e.message),
          ...deviations,
          justificationNeeded[lang],
        ],
        lang,
      );
      expect(one.errors.map((e) => e.message)).toEqual(
        {
          sv: [
            'Plats 2 (ledamot) finns inte: omgången har 1 sådan plats.',
            'Plats 1 (ersättare): högst 1 nominerad.',
          ],
          fi: [
            'Paikka 2 (jäsen) ei ole olemassa: kierroksella on 1 tällainen paikka.',
            'Paikka 1 (varajäsen): enintään 1 ehdokas.',
          ],
          en: [
            'Seat 2 (member) does not exist: the round has 1 such seat.',
            'Seat 1 (deputy): at most 1 nominee.',
          ],
        }[lang],
      );
    });

    it(`words every problem and rule message for people (${lang})`, () => {
      // Act
      const messages = [
        // The details (what the site shows); titles are the API's headline only
        ...Object.values(problemTexts).map((p) => p[lang][1]),
        ...Object.entries(fieldMessages)
          .filter(([key]) => key !== 'answerTooLong' && key !== 'idempotencyKey' && key !== 'bodyRequired')
          .map(([, text]) => text[lang]),
      ];
      // Assess: the API's own headers (Idempotency-Key, JSON) are named in the API's problems alone
      assertReadable(
        messages.filter((m) => !/Idempotency-Key|JSON|application\/json|KiB/.test(m)),
        lang,
      );
    });

    it(`counts every counted text with the language's plural rule (${lang})`, () => {
      // Prepare
      const all: Record<string, PluralText> = {
        ...uiPlurals,
        ...issuePlurals,
        ...eventPlurals,
        ...nominationPlurals,
      };
      // Act
      const rendered = Object.values(all).flatMap((text) =>
        [0, 1, 2, 5, 21].map((n) => pluralText(text, lang, n)),
      );
      // Assess
      assertReadable(rendered, lang);
      expect(pluralText(nominationPlurals.members, lang, 1)).toBe(
        { sv: '1 ledamot', fi: '1 jäsen', en: '1 member' }[lang],
      );
      expect(pluralText(nominationPlurals.members, lang, 2)).toBe(
        { sv: '2 ledamöter', fi: '2 jäsentä', en: '2 members' }[lang],
      );
    });
  }

  it('catches what it is meant to catch (the checks themselves can fail)', () => {
    // Act and assess
    expect(schemaWords.sv.test('För lite(t): förväntade number att ha >=0')).toBe(true);
    expect(schemaWords.en.test('Invalid input: expected number, received string')).toBe(true);
    expect(fieldKeys.test('Motivera avvikelsen i fältet justification.')).toBe(true);
    expect(unhandledPlural.test('Platser: 1 ledamöter och 1 ersättare.')).toBe(true);
    expect(unhandledPlural.test('Paikat: 1 jäsentä ja 1 varajäsentä.')).toBe(true);
    expect(unhandledPlural.test('the round has 21 such seats')).toBe(false);
  });
});
