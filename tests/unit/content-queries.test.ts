import { fileURLToPath } from 'node:url';
import type { SanityQueries } from '@sanity/client';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { DatasetContentSource } from '../../shared/content/dataset-source';
import { SEED_WRITTEN_ON } from '../../shared/content/example-rebase';
import * as queries from '../../shared/content/queries';
import type {
  ActivityPlanQueryResult,
  AffiliationSettingsQueryResult,
  CampaignByIdQueryResult,
  CurrentStrategyQueryResult,
  EventByIdQueryResult,
  GovernedDocumentByIdQueryResult,
  GovernedDocumentsQueryResult,
  InformationPackageByIdQueryResult,
  InformationPackagesQueryResult,
  MethodByIdQueryResult,
  MethodsQueryResult,
  NominationRoundByIdQueryResult,
  PastEventsQueryResult,
  ReportEventsQueryResult,
  SettingsQueryResult,
  UpcomingEventsQueryResult,
} from '../../shared/content/sanity.types';

/**
 * Every GROQ query of shared/content/queries.ts, run with groq-js against the seed dataset (the local
 * content source), checked at run time against a zod schema of its result, and at compile time against
 * the type Sanity TypeGen generated for it (shared/content/sanity.types.ts): each schema's output must be
 * assignable to the TypeGen result, found in the query registry by the query's exact text, so a query
 * edited without regenerating the types fails `tsc` as well as the typegen drift check.
 */

const DATASET = fileURLToPath(new URL('../../sanity/seed/dataset.ndjson', import.meta.url));
/**
 * The day the seed was written: its example content lies ahead of it (sanity/README.md), and the
 * dataset source loaded on this day leaves the examples' dates as the file has them.
 */
const NOW = `${SEED_WRITTEN_ON}T00:00:00Z`;

// --- Shapes of the results ------------------------------------------------------------------------

const datetime = z.iso.datetime();
const date = z.iso.date();
const language = z.enum(['sv', 'fi', 'en']);

/** An internationalized array as the plugin stores it; public text has Swedish and Finnish. */
const localized = <T extends string>(type: T) =>
  z
    .array(
      z.strictObject({ _key: z.string().min(1), _type: z.literal(type), language, value: z.string().min(1) }),
    )
    .refine((items) => ['sv', 'fi'].every((l) => items.some((item) => item.language === l)), {
      message: 'Swedish and Finnish are required',
    })
    .refine((items) => new Set(items.map((item) => item.language)).size === items.length, {
      message: 'a language is given twice',
    });
const localizedString = localized('internationalizedArrayStringValue');
const localizedText = localized('internationalizedArrayTextValue');

const id = (prefix: string) => z.string().startsWith(`${prefix}-`);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** Every language's slug of a public page; Swedish and Finnish are required. */
const slugs = z
  .array(z.strictObject({ language, value: slug }))
  .refine((items) => ['sv', 'fi'].every((l) => items.some((item) => item.language === l)), {
    message: 'Swedish and Finnish slugs are required',
  });
const dateRange = z.strictObject({ _type: z.literal('dateRange'), start: date, end: date });
const seats = z.strictObject({
  _type: z.literal('seats'),
  members: z.int().min(0),
  deputies: z.int().min(0),
});
const retention = z.strictObject({
  _type: z.literal('retentionPolicy'),
  registrationDays: z.int().positive(),
  applicationDays: z.int().positive(),
  membershipInactiveDays: z.int().positive().optional(),
  seatHoldHours: z.int().positive().optional(),
});
const eventKind = z.enum([
  'planningMeeting',
  'networkMeeting',
  'webinar',
  'seminar',
  'roundTable',
  'quickDialogue',
]);
const eventMode = z.enum(['onsite', 'online', 'hybrid']);
const organizationKind = z.enum([
  'municipality',
  'welfareArea',
  'association',
  'company',
  'authority',
  'education',
]);
const questionType = z.enum(['text', 'longText', 'singleChoice', 'multiChoice', 'number', 'boolean', 'url']);

/**
 * A localised rich-text field as the queries project it: per language, blocks (with the target of each
 * internal link), figures and attachments (with their file's type and size). Checked at run time; typed as
 * TypeGen types it, since its references carry a symbol key zod cannot spell.
 */
type RichBody = NonNullable<NonNullable<InformationPackageByIdQueryResult>['body']>;
const span = z.strictObject({
  _key: z.string(),
  _type: z.literal('span'),
  text: z.string(),
  marks: z.array(z.string()).optional(),
});
const markDef = z.discriminatedUnion('_type', [
  z.strictObject({ _key: z.string(), _type: z.literal('link'), href: z.string() }),
  z.strictObject({
    _key: z.string(),
    _type: z.literal('internalLink'),
    reference: z.strictObject({ _type: z.literal('reference'), _ref: z.string() }),
    target: z.looseObject({
      _id: z.string(),
      _type: z.enum(['event', 'campaign', 'informationPackage', 'method']),
    }),
  }),
]);
const richNode = z.discriminatedUnion('_type', [
  z.strictObject({
    _key: z.string(),
    _type: z.literal('block'),
    style: z.enum(['normal', 'h2', 'h3', 'h4']),
    listItem: z.enum(['bullet', 'number']).optional(),
    level: z.int().positive().optional(),
    children: z.array(span).min(1),
    markDefs: z.array(markDef).nullable(),
  }),
  z.strictObject({
    _key: z.string(),
    _type: z.literal('figure'),
    asset: z.strictObject({ _type: z.literal('reference'), _ref: z.string().startsWith('image-') }),
    alt: localizedString,
  }),
  z.strictObject({
    _key: z.string(),
    _type: z.literal('attachment'),
    asset: z.strictObject({ _type: z.literal('reference'), _ref: z.string().startsWith('file-') }),
    title: localizedString,
    file: z.strictObject({ extension: z.string(), mimeType: z.string(), size: z.int().positive() }),
  }),
]);
const richBodyCheck = z.array(
  z.strictObject({ _key: z.string(), language, value: z.array(richNode).min(1) }),
);
const richBody = z.custom<RichBody>((value) => richBodyCheck.safeParse(value).success);

const eventCard = {
  _id: id('event'),
  _updatedAt: datetime,
  slug,
  slugs,
  title: localizedString,
  kind: eventKind,
  startsAt: datetime,
  endsAt: datetime,
  mode: eventMode,
  place: localizedString.nullable(),
  onlineUrl: z.url({ protocol: /^https$/ }).nullable(),
  capacity: z.int().positive(),
  waitlist: z.boolean(),
  registrationOpensAt: datetime,
  registrationClosesAt: datetime,
  cancelled: z.boolean().nullable(),
  isExample: z.boolean(),
};

const upcomingEvents = z.array(z.strictObject(eventCard));
const pastEvents = z.array(z.strictObject(eventCard));

const eventById = z
  .strictObject({
    ...eventCard,
    description: localizedText,
    focusArea: z.strictObject({ _id: id('focusArea'), title: localizedString, slug }).nullable(),
    body: richBody.nullable(),
  })
  .nullable();

const campaignById = z
  .strictObject({
    _id: id('campaign'),
    _rev: z.string().min(1),
    _updatedAt: datetime,
    slug,
    slugs,
    title: localizedString,
    year: z.int().min(2000),
    description: localizedText,
    eligibility: localizedText.nullable(),
    opensAt: datetime,
    closesAt: datetime,
    isExample: z.boolean(),
    eligibleMunicipalities: z
      .array(z.strictObject({ _id: id('organization'), name: localizedString }))
      .nullable(),
    criteria: z
      .array(
        z.strictObject({
          _key: z.string(),
          key: slug,
          label: localizedString,
          description: localizedText.nullable(),
          weight: z.number().positive(),
        }),
      )
      .min(1),
    questions: z
      .array(
        z.strictObject({
          _key: z.string(),
          key: slug,
          label: localizedString,
          help: localizedText.nullable(),
          type: questionType,
          required: z.boolean(),
          options: z
            .array(z.strictObject({ _key: z.string(), value: slug, label: localizedString }))
            .min(1)
            .nullable(),
          maxLength: z.int().positive().nullable(),
          criterion: slug.nullable(),
        }),
      )
      .nullable(),
    body: richBody.nullable(),
  })
  .nullable();

const nominationRoundById = z
  .strictObject({
    _id: id('nominationRound'),
    _rev: z.string().min(1),
    _updatedAt: datetime,
    title: localizedString,
    instructions: localizedText,
    deadline: datetime,
    seats,
    term: dateRange,
    askBothGenders: z.boolean(),
    isExample: z.boolean(),
    organizations: z
      .array(
        z.strictObject({
          _id: id('organization'),
          name: localizedString,
          kind: organizationKind,
          majorityLanguage: z.enum(['sv', 'fi']),
        }),
      )
      .min(1),
  })
  .nullable();

const packageCard = {
  _id: id('informationPackage'),
  slug,
  slugs,
  title: localizedString,
  audience: localizedString,
  summary: localizedText,
};

const informationPackages = z.array(z.strictObject(packageCard));
const openCampaigns = z.array(
  z.strictObject({
    _id: z.string(),
    slug: z.string(),
    slugs,
    title: localizedString.nullable(),
    year: z.number(),
    opensAt: z.string(),
    closesAt: z.string(),
    isExample: z.boolean().nullable(),
  }),
);

const attachedFiles = z.custom<NonNullable<InformationPackageByIdQueryResult>['files']>(
  (value) =>
    z
      .array(
        z.strictObject({
          _key: z.string(),
          _type: z.literal('attachment'),
          asset: z.strictObject({ _type: z.literal('reference'), _ref: z.string().startsWith('file-') }),
          title: localizedString,
          file: z.strictObject({ extension: z.string(), mimeType: z.string(), size: z.int().positive() }),
        }),
      )
      .nullable()
      .safeParse(value).success,
);

const informationPackageById = z
  .strictObject({
    ...packageCard,
    sections: z.array(
      z.strictObject({
        _key: z.string(),
        heading: localizedString,
        body: localizedText,
        content: richBody.nullable(),
      }),
    ),
    resources: z.array(
      z.strictObject({
        _key: z.string(),
        title: localizedString,
        url: z.url({ protocol: /^https$/ }),
        provider: z.string().min(1),
        language,
        format: z.enum(['course', 'video', 'document', 'web']),
      }),
    ),
    relatedEvent: z.strictObject({ _id: id('event'), title: localizedString, startsAt: datetime }).nullable(),
    image: z.custom<NonNullable<InformationPackageByIdQueryResult>['image']>(
      (value) =>
        z
          .strictObject({
            _type: z.literal('figure'),
            asset: z.strictObject({ _type: z.literal('reference'), _ref: z.string().startsWith('image-') }),
            alt: localizedString,
          })
          .nullable()
          .safeParse(value).success,
    ),
    body: richBody.nullable(),
    files: attachedFiles,
  })
  .nullable();

const methodCard = {
  _id: id('method'),
  slugs,
  title: localizedString,
  summary: localizedText,
  targetGroup: localizedString,
  duration: localizedString.nullable(),
  isExample: z.boolean(),
  focusAreas: z
    .array(z.strictObject({ _id: id('focusArea'), slug, title: localizedString, orderRank: z.string() }))
    .min(1),
};
const methods = z.array(z.strictObject(methodCard));
const methodById = z
  .strictObject({
    ...methodCard,
    body: richBody,
    files: attachedFiles,
    links: z.array(z.strictObject({ _key: z.string(), title: localizedString, url: z.url() })).nullable(),
    contact: z.strictObject({ role: localizedString, email: z.email() }).nullable(),
  })
  .nullable();

const activityPlan = z.array(
  z.strictObject({
    _id: id('focusArea'),
    slug,
    title: localizedString,
    summary: localizedText,
    actions: z.array(
      z.strictObject({
        _id: id('action'),
        title: localizedString,
        period: dateRange,
        status: z.enum(['planned', 'ongoing', 'done']),
        description: localizedText.nullable(),
        coordinator: localizedString.nullable(),
        coordinatorName: localizedString.nullable(),
        relatedEvents: z
          .array(z.strictObject({ _id: id('event'), title: localizedString, startsAt: datetime }))
          .nullable(),
        relatedCampaigns: z
          .array(z.strictObject({ _id: id('campaign'), title: localizedString, year: z.int() }))
          .nullable(),
      }),
    ),
  }),
);

const currentStrategy = z.strictObject({
  strategy: z
    .strictObject({
      _id: id('strategy'),
      _updatedAt: datetime,
      title: localizedString,
      period: dateRange.nullable(),
      vision: localizedText,
      joiningMeans: localizedText,
      joiningDoesNotMean: localizedText,
      isExample: z.boolean().nullable(),
      goals: z.array(
        z.strictObject({
          _key: z.string(),
          key: slug,
          title: localizedString,
          description: localizedText.nullable(),
        }),
      ),
      focusAreas: z.array(z.strictObject({ _id: id('focusArea'), title: localizedString })).nullable(),
    })
    .nullable(),
  municipalities: z.array(z.strictObject({ _id: id('organization'), name: localizedString })),
});

const settings = z
  .strictObject({
    networkName: localizedString,
    region: localizedString.nullable(),
    languages: z.array(language).min(1),
    contactEmail: z.email(),
    privacyNotice: localizedText,
    accessibilityStatement: localizedText,
    retention,
    tagline: localizedString.nullable(),
    introduction: localizedText.nullable(),
    logo: z.string().startsWith('<svg').nullable(),
    brandColour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .nullable(),
  })
  .nullable();

const governedSystemFields = { _rev: z.string().min(1), _updatedAt: datetime };
const governedDocument = z.discriminatedUnion('_type', [
  z.strictObject({
    _id: id('event'),
    _type: z.literal('event'),
    ...governedSystemFields,
    title: localizedString,
    slugs,
    startsAt: datetime,
    endsAt: datetime,
    mode: eventMode,
    place: localizedString.nullable(),
    onlineUrl: z.url().nullable(),
    capacity: z.int().positive(),
    waitlist: z.boolean(),
    requireEmailConfirmation: z.boolean().nullable(),
    registrationOpensAt: datetime,
    registrationClosesAt: datetime,
    cancelled: z.boolean().nullable(),
    cancellationReason: localizedText.nullable(),
  }),
  z.strictObject({
    _id: id('campaign'),
    _type: z.literal('campaign'),
    ...governedSystemFields,
    title: localizedString,
    slugs,
    year: z.int(),
    opensAt: datetime,
    closesAt: datetime,
    reviewDeadline: datetime.nullable(),
    eligibleMunicipalities: z.array(id('organization')).nullable(),
    criteria: z
      .array(
        z.strictObject({
          key: slug,
          label: localizedString,
          description: localizedText.nullable(),
          weight: z.number().positive(),
        }),
      )
      .min(1),
    questions: z
      .array(
        z.strictObject({
          key: slug,
          label: localizedString,
          help: localizedText.nullable(),
          type: questionType,
          required: z.boolean(),
          options: z.array(slug).nullable(),
          optionLabels: z.array(z.strictObject({ value: slug, label: localizedString })).nullable(),
          maxLength: z.int().positive().nullable(),
          criterion: slug.nullable(),
        }),
      )
      .nullable(),
  }),
  z.strictObject({
    _id: id('nominationRound'),
    _type: z.literal('nominationRound'),
    ...governedSystemFields,
    title: localizedString,
    instructions: localizedText,
    deadline: datetime,
    seats,
    term: dateRange,
    askBothGenders: z.boolean(),
    isExample: z.boolean(),
    organizations: z.array(id('organization')).min(1),
  }),
  z.strictObject({
    _id: id('organization'),
    _type: z.literal('organization'),
    ...governedSystemFields,
    name: localizedString,
    kind: organizationKind,
    majorityLanguage: z.enum(['sv', 'fi']),
    nominationContact: z
      .strictObject({
        _type: z.literal('nominationContact'),
        name: z.string().min(1),
        email: z.email(),
        language: language.optional(),
      })
      .nullable(),
  }),
  z.strictObject({
    _id: z.literal('settings'),
    _type: z.literal('settings'),
    ...governedSystemFields,
    networkName: localizedString,
    contactEmail: z.email(),
    retention,
    mailBudget: z
      .strictObject({ perTenMinutes: z.int().positive().optional(), perDay: z.int().positive().optional() })
      .nullable(),
    surveys: z
      .strictObject({
        minAnswers: z.int().positive().optional(),
        sendAfterHours: z.int().nonnegative().optional(),
        answerDays: z.int().positive().optional(),
      })
      .nullable(),
    reminderHoursBefore: z.int().positive().nullable(),
  }),
  z.strictObject({
    _id: id('survey'),
    _type: z.literal('survey'),
    ...governedSystemFields,
    title: localizedString,
    introduction: localizedText.nullable(),
    opensAt: datetime,
    closesAt: datetime,
    autoSend: z.boolean().nullable(),
    events: z.array(id('event')).nullable(),
    questions: z
      .array(
        z.strictObject({
          _key: z.string().min(1),
          kind: z.enum(['scale', 'singleChoice', 'multipleChoice', 'freeText']),
          label: localizedString,
          required: z.boolean().nullable(),
          minLabel: localizedString.nullable(),
          maxLabel: localizedString.nullable(),
          options: z.array(z.strictObject({ value: slug, label: localizedString })).nullable(),
        }),
      )
      .min(1),
  }),
]);
const governedDocumentById = governedDocument.nullable();
const reportEvents = z.array(
  z.strictObject({
    _id: id('event'),
    title: localizedString,
    startsAt: datetime,
    cancelled: z.boolean().nullable(),
    focusArea: id('focusArea').nullable(),
  }),
);
const governedDocuments = z.array(governedDocument);

// --- One case per exported query --------------------------------------------------------------------

/** The module's exports as a plain object, so tests can look a query up by its name. */
const exported = { ...queries };
type Queries = typeof exported;
/** The exported names whose value is a GROQ query (a string); `governedTypes` is a parameter list. */
type QueryName = { [K in keyof Queries]: Queries[K] extends string ? K : never }[keyof Queries];
/** What TypeGen says the query returns, looked up by the query's exact text. */
type TypeGenResult<K extends QueryName> = SanityQueries[Queries[K]];

interface QueryCase<K extends QueryName> {
  params: Record<string, unknown>;
  /** Compile-time: whatever passes this schema is a value of the TypeGen result type. */
  shape: z.ZodType<TypeGenResult<K>>;
}

const governed = { types: [...queries.governedTypes] };
const cases: { [K in QueryName]: QueryCase<K> } = {
  upcomingEventsQuery: { params: { now: NOW }, shape: upcomingEvents },
  pastEventsQuery: { params: { now: NOW, limit: 20 }, shape: pastEvents },
  eventByIdQuery: { params: { id: 'event-example-webinar-2027', lang: 'sv' }, shape: eventById },
  campaignByIdQuery: {
    params: { id: 'campaign-example-jamstalldhetsforetag-2027', lang: 'sv' },
    shape: campaignById,
  },
  nominationRoundByIdQuery: { params: { id: 'nominationRound-example-2027' }, shape: nominationRoundById },
  informationPackagesQuery: { params: {}, shape: informationPackages },
  openCampaignsQuery: { params: { now: NOW }, shape: openCampaigns },
  informationPackageByIdQuery: {
    params: { id: 'informationPackage-nya-fortroendevalda-2025', lang: 'sv' },
    shape: informationPackageById,
  },
  methodsQuery: { params: {}, shape: methods },
  methodByIdQuery: {
    params: { id: 'method-example-rod-trad-i-styrdokumenten', lang: 'sv' },
    shape: methodById,
  },
  activityPlanQuery: { params: {}, shape: activityPlan },
  settingsQuery: { params: {}, shape: settings },
  governedDocumentByIdQuery: {
    params: { id: 'event-example-webinar-2027', ...governed },
    shape: governedDocumentById,
  },
  governedDocumentsQuery: { params: governed, shape: governedDocuments },
  currentStrategyQuery: { params: {}, shape: currentStrategy },
  affiliationSettingsQuery: {
    params: {},
    shape: z.strictObject({ affiliationFollowUpMonth: z.int().nullable() }).nullable(),
  },
  reportEventsQuery: {
    params: { from: '2027-01-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' },
    shape: reportEvents,
  },
};

// The registry entry of each query is the named TypeGen type, so the named types below are the ones checked.
expectTypeOf<TypeGenResult<'upcomingEventsQuery'>>().toEqualTypeOf<UpcomingEventsQueryResult>();
expectTypeOf<TypeGenResult<'pastEventsQuery'>>().toEqualTypeOf<PastEventsQueryResult>();
expectTypeOf<TypeGenResult<'eventByIdQuery'>>().toEqualTypeOf<EventByIdQueryResult>();
expectTypeOf<TypeGenResult<'campaignByIdQuery'>>().toEqualTypeOf<CampaignByIdQueryResult>();
expectTypeOf<TypeGenResult<'nominationRoundByIdQuery'>>().toEqualTypeOf<NominationRoundByIdQueryResult>();
expectTypeOf<TypeGenResult<'informationPackagesQuery'>>().toEqualTypeOf<InformationPackagesQueryResult>();
expectTypeOf<
  TypeGenResult<'informationPackageByIdQuery'>
>().toEqualTypeOf<InformationPackageByIdQueryResult>();
expectTypeOf<TypeGenResult<'methodsQuery'>>().toEqualTypeOf<MethodsQueryResult>();
expectTypeOf<TypeGenResult<'methodByIdQuery'>>().toEqualTypeOf<MethodByIdQueryResult>();
expectTypeOf<TypeGenResult<'activityPlanQuery'>>().toEqualTypeOf<ActivityPlanQueryResult>();
expectTypeOf<TypeGenResult<'settingsQuery'>>().toEqualTypeOf<SettingsQueryResult>();
expectTypeOf<TypeGenResult<'governedDocumentByIdQuery'>>().toEqualTypeOf<GovernedDocumentByIdQueryResult>();
expectTypeOf<TypeGenResult<'governedDocumentsQuery'>>().toEqualTypeOf<GovernedDocumentsQueryResult>();
expectTypeOf<TypeGenResult<'currentStrategyQuery'>>().toEqualTypeOf<CurrentStrategyQueryResult>();
expectTypeOf<TypeGenResult<'affiliationSettingsQuery'>>().toEqualTypeOf<AffiliationSettingsQueryResult>();
expectTypeOf<TypeGenResult<'reportEventsQuery'>>().toEqualTypeOf<ReportEventsQueryResult>();

let source: DatasetContentSource;
beforeAll(async () => {
  source = await DatasetContentSource.fromFile(DATASET, new Date(NOW));
});

/** Runs a query with its case's parameters (or others) and returns the result as its schema types it. */
async function run<K extends QueryName>(name: K, params: Record<string, unknown> = cases[name].params) {
  const result: unknown = await source.fetch(exported[name], params);
  return (cases[name].shape as z.ZodType<TypeGenResult<K>>).parse(result);
}

const sv = (field: { language: string; value?: string }[] | null | undefined) =>
  field?.find((item) => item.language === 'sv')?.value;

describe('GROQ queries against the seed dataset (groq-js)', () => {
  it('has a case for every query the module exports', () => {
    // Prepare
    const queryNames = Object.entries(exported)
      .filter(([, value]) => typeof value === 'string')
      .map(([name]) => name)
      .sort();

    // Act
    const covered = Object.keys(cases).sort();

    // Assess
    expect(queryNames.length).toBeGreaterThan(0);
    expect(covered).toEqual(queryNames);
    expect(Object.keys(exported).sort()).toEqual([...queryNames, 'governedTypes'].sort());
  });

  it.each(Object.keys(cases) as QueryName[])('%s returns a result of its shape', async (name) => {
    // Act
    const result = await source.fetch(exported[name], cases[name].params);

    // Assess
    const parsed = cases[name].shape.safeParse(result);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(result).not.toBeNull();
    if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0);
  });

  it('upcomingEventsQuery: the three 2027 example events, soonest first, past events left out', async () => {
    // Act
    const events: UpcomingEventsQueryResult = await run('upcomingEventsQuery');

    // Assess
    expectTypeOf(events).toEqualTypeOf<UpcomingEventsQueryResult>();
    expect(events.map((event) => event._id)).toEqual([
      'event-example-webinar-2027',
      'event-example-seminar-2027',
      'event-example-network-meeting-2027',
    ]);
    expect(events.every((event) => event.isExample)).toBe(true);
    expect(events.map((event) => [event.capacity, event.waitlist, event.mode])).toEqual([
      [25, true, 'online'],
      [80, false, 'hybrid'],
      [30, true, 'onsite'],
    ]);
  });

  it('upcomingEventsQuery: an event still running at $now is upcoming; one that ended is not', async () => {
    // Act
    const during = await run('upcomingEventsQuery', { now: '2027-02-10T12:00:00.000Z' });
    const after = await run('upcomingEventsQuery', { now: '2027-02-10T12:30:00.001Z' });

    // Assess
    expect(during[0]?._id).toBe('event-example-webinar-2027');
    expect(after.map((event) => event._id)).not.toContain('event-example-webinar-2027');
    expect(await run('upcomingEventsQuery', { now: '2030-01-01T00:00:00Z' })).toEqual([]);
  });

  it('pastEventsQuery: the events that ended before $now, latest first, at most $limit', async () => {
    // Act
    const past = await run('pastEventsQuery');
    const one = await run('pastEventsQuery', { now: NOW, limit: 1 });

    // Assess
    expect(past.map((event) => event._id)).toEqual([
      'event-planeringsmote-2-2024',
      'event-planeringsmote-1-2024',
    ]);
    expect(one.map((event) => event._id)).toEqual(['event-planeringsmote-2-2024']);
    expect(await run('pastEventsQuery', { now: '2024-01-01T00:00:00Z', limit: 20 })).toEqual([]);
  });

  it('eventByIdQuery: the event with its description and focus area; null for an unknown id', async () => {
    // Act
    const event: EventByIdQueryResult = await run('eventByIdQuery');
    const unknown: EventByIdQueryResult = await run('eventByIdQuery', {
      id: 'event-does-not-exist',
      lang: 'sv',
    });

    // Assess
    expect(event).toMatchObject({
      _id: 'event-example-webinar-2027',
      slug: 'exempel-webbinarium-mangfald-i-arbetslivet-2027',
      kind: 'webinar',
      place: null,
      onlineUrl: 'https://meet.example.org/webbinarium-2027',
      registrationOpensAt: '2026-11-02T07:00:00.000Z',
      registrationClosesAt: '2027-02-09T14:00:00.000Z',
      focusArea: {
        _id: 'focusArea-mangfald-i-arbetsliv-och-utbildning',
        slug: 'mangfald-i-arbetsliv-och-utbildning',
      },
    });
    expect(sv(event?.title)).toBe('Exempel: Webbinarium – Med sikte på mångfald i arbetslivet');
    expect(unknown).toBeNull();
  });

  it('eventByIdQuery: by a slug of any language too, the document whose slug it is in $lang first', async () => {
    // Prepare
    const webinar = 'event-example-webinar-2027';
    const fiSlug = 'esimerkki-webinaari-monimuotoinen-tyoelama-2027';

    // Act
    const bySlug = await run('eventByIdQuery', { id: fiSlug, lang: 'fi' });
    const bySlugOfOtherLanguage = await run('eventByIdQuery', { id: fiSlug, lang: 'sv' });
    const unknown = await run('eventByIdQuery', { id: 'no-such-slug', lang: 'fi' });

    // Assess
    expect(bySlug?._id).toBe(webinar);
    expect(bySlugOfOtherLanguage?._id).toBe(webinar);
    expect(bySlug?.slugs?.find((s) => s.language === 'fi')?.value).toBe(fiSlug);
    expect(unknown).toBeNull();
  });

  it('methodsQuery and methodByIdQuery: four example methods with focus areas, one with its material', async () => {
    // Act
    const all: MethodsQueryResult = await run('methodsQuery');
    const method: MethodByIdQueryResult = await run('methodByIdQuery');

    // Assess
    expect(all).toHaveLength(4);
    expect(new Set(all.flatMap((m) => m.focusAreas.map((f) => f._id))).size).toBeGreaterThanOrEqual(2);
    expect(method?.files?.map((f) => f.file?.extension)).toEqual(['pdf']);
    expect(method?.contact?.email).toMatch(/@example\.org$/);
  });

  it('campaignByIdQuery: criteria with weights and questions with their options, in editor order', async () => {
    // Act
    const campaign: CampaignByIdQueryResult = await run('campaignByIdQuery');

    // Assess
    expect(campaign?.year).toBe(2027);
    expect(campaign?.criteria.map((c) => [c.key, c.weight])).toEqual([
      ['equal-pay', 3],
      ['careers', 2],
      ['work-life-balance', 2],
      ['non-discrimination', 2],
      ['equality-plan', 1],
    ]);
    const questions = campaign?.questions ?? [];
    expect(questions.map((q) => q.key)).toContain('submitted-by');
    expect(questions.find((q) => q.key === 'submitted-by')?.options?.map((o) => o.value)).toEqual([
      'self',
      'employee',
      'partner',
    ]);
    const criteria = new Set(campaign?.criteria.map((c) => c.key));
    expect(questions.filter((q) => q.criterion && !criteria.has(q.criterion))).toEqual([]);
    expect(await run('campaignByIdQuery', { id: 'campaign-does-not-exist', lang: 'sv' })).toBeNull();
  });

  it('nominationRoundByIdQuery: deadline, seats, term and the 15 organisations addressed', async () => {
    // Act
    const round: NominationRoundByIdQueryResult = await run('nominationRoundByIdQuery');

    // Assess
    expect(round).toMatchObject({
      deadline: '2027-01-29T14:00:00.000Z',
      seats: { members: 1, deputies: 1 },
      term: { start: '2027-03-01', end: '2028-12-31' },
      askBothGenders: true,
    });
    expect(round?.organizations).toHaveLength(15);
    expect(round?.organizations.filter((o) => o.kind === 'municipality')).toHaveLength(14);
    expect(round?.organizations.map((o) => o._id)).toContain('organization-vasa');
    expect(sv(round?.organizations.find((o) => o._id === 'organization-vasa')?.name)).toBe('Vasa');
  });

  it('informationPackagesQuery and informationPackageByIdQuery: the package with its eOppiva courses', async () => {
    // Act
    const packages: InformationPackagesQueryResult = await run('informationPackagesQuery');
    const pack: InformationPackageByIdQueryResult = await run('informationPackageByIdQuery');

    // Assess
    expect(packages.map((p) => p._id)).toEqual(['informationPackage-nya-fortroendevalda-2025']);
    expect(pack?.sections).toHaveLength(3);
    // The rich body's attachments and the package's files carry their type and size; internal links their target.
    const nodes = pack?.body?.find((item) => item.language === 'sv')?.value ?? [];
    expect(nodes.filter((node) => node._type === 'attachment').map((node) => node.file)).toEqual([
      { extension: 'pdf', mimeType: 'application/pdf', size: expect.any(Number) },
    ]);
    expect(pack?.files?.map((file) => file.file?.extension)).toEqual(['pdf']);
    const targets = nodes.flatMap((node) =>
      node._type === 'block'
        ? (node.markDefs ?? []).flatMap((def) => (def._type === 'internalLink' ? [def.target] : []))
        : [],
    );
    expect(targets.map((target) => target?._type)).toEqual(['event']);
    expect(pack?.resources?.map((r) => [r.provider, r.format, r.url])).toEqual([
      ['eOppiva', 'course', 'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/'],
      [
        'eOppiva',
        'course',
        'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
      ],
    ]);
  });

  it('openCampaignsQuery: only the campaign still open, soonest closing first', async () => {
    // Act
    const open = await run('openCampaignsQuery');

    // Assess
    expect(open.map((c) => c._id)).toEqual(['campaign-example-jamstalldhetsforetag-2027']);
  });

  it('reportEventsQuery: the events starting within the period, with their focus areas, in time order', async () => {
    // Act
    const events: ReportEventsQueryResult = await run('reportEventsQuery', {
      from: '2027-02-10T00:00:00.000Z',
      to: '2027-03-17T00:00:00.000Z',
    });

    // Assess: the example seminar (16 March) is in, the network meeting (21 April) is not
    expect(events.map((e) => [e._id, e.focusArea])).toEqual([
      ['event-example-webinar-2027', 'focusArea-mangfald-i-arbetsliv-och-utbildning'],
      ['event-example-seminar-2027', 'focusArea-kommunerna-och-valfardsomradet'],
    ]);
  });

  it('activityPlanQuery: three focus areas with 6, 7 and 4 actions, both in plan order', async () => {
    // Act
    const plan: ActivityPlanQueryResult = await run('activityPlanQuery');

    // Assess
    expect(plan.map((area) => [area._id, area.actions.length])).toEqual([
      ['focusArea-mangfald-i-arbetsliv-och-utbildning', 6],
      ['focusArea-kommunerna-och-valfardsomradet', 7],
      ['focusArea-organisationer-och-foreningar', 4],
    ]);
    expect(plan[0]?.actions.map((a) => a._id)).toEqual([
      'action-arets-jamstalldhetsforetag-2025',
      'action-statistikutredning',
      'action-snabbdialog-och-rundabordsdiskussion',
      'action-webbinarium-mangfald-i-arbetslivet',
      'action-avveckling-av-segregationen',
      'action-ovriga-atgarder-arbetsliv',
    ]);
    const actions = plan.flatMap((area) => area.actions);
    expect(sv(actions.find((a) => a._id === 'action-medlemmar-augusti-2024')?.coordinator)).toBe(
      'Österbottens förbund',
    );
    expect(
      actions.find((a) => a._id === 'action-arets-jamstalldhetsforetag-2025')?.relatedCampaigns?.[0],
    ).toMatchObject({ _id: 'campaign-jamstalldhetsforetag-2025', year: 2025 });
  });

  it('settingsQuery: the network name, languages, contact and retention', async () => {
    // Act
    const result: SettingsQueryResult = await run('settingsQuery');

    // Assess
    expect(sv(result?.networkName)).toBe('Österbottens jämställdhets- och likabehandlingsnätverk');
    expect(result?.languages).toEqual(['sv', 'fi', 'en']);
    expect(result?.retention.registrationDays).toBeGreaterThan(0);
  });

  it('governedDocumentByIdQuery: a governed document of each type; null for ungoverned or unknown ids', async () => {
    // Prepare
    const ids = [
      'event-example-webinar-2027',
      'campaign-example-jamstalldhetsforetag-2027',
      'nominationRound-example-2027',
      'organization-vasa',
      'settings',
      'survey-example-webinar-feedback-2027',
    ];

    // Act
    const found: GovernedDocumentByIdQueryResult[] = await Promise.all(
      ids.map((docId) => run('governedDocumentByIdQuery', { id: docId, ...governed })),
    );
    const ungoverned = await run('governedDocumentByIdQuery', {
      id: 'focusArea-kommunerna-och-valfardsomradet',
      ...governed,
    });
    const unknown = await run('governedDocumentByIdQuery', { id: 'event-does-not-exist', ...governed });

    // Assess
    expect(found.map((doc) => doc?._type)).toEqual([...queries.governedTypes]);
    expect(found[0]).toMatchObject({
      capacity: 25,
      waitlist: true,
      registrationOpensAt: '2026-11-02T07:00:00.000Z',
    });
    expect(found[2]).toMatchObject({ organizations: expect.arrayContaining(['organization-vasa']) });
    expect(ungoverned).toBeNull();
    expect(unknown).toBeNull();
  });

  it('governedDocumentsQuery: every governed document of the seed, by id, and nothing else', async () => {
    // Act
    const documents: GovernedDocumentsQueryResult = await run('governedDocumentsQuery');

    // Assess
    const count = (type: string) => documents.filter((doc) => doc._type === type).length;
    expect([
      count('event'),
      count('campaign'),
      count('nominationRound'),
      count('organization'),
      count('settings'),
      count('survey'),
    ]).toEqual([5, 2, 2, 16, 1, 1]);
    expect(documents).toHaveLength(27);
    const ids = documents.map((doc) => doc._id);
    expect(ids).toEqual([...ids].sort());
  });

  it('drops drafts and release versions, as the published perspective does', async () => {
    // Prepare
    const published = (await source.fetch<{ _id: string }[]>('*[_type == "event"]{_id}')).map((d) => d._id);
    const webinar = await source.fetch<Record<string, unknown>>('*[_id == "event-example-webinar-2027"][0]');
    const withDrafts = new DatasetContentSource([
      ...(await source.fetch<{ _id: string; _type: string }[]>('*')),
      { ...webinar, _id: 'drafts.event-example-webinar-2027', _type: 'event', capacity: 999 },
      { ...webinar, _id: 'versions.r1.event-example-webinar-2027', _type: 'event', capacity: 998 },
    ]);

    // Act
    const events = await withDrafts.fetch<UpcomingEventsQueryResult>(queries.upcomingEventsQuery, {
      now: NOW,
    });

    // Assess
    expect(published).toHaveLength(5);
    expect(events.map((event) => event.capacity)).toEqual([25, 80, 30]);
  });
});
