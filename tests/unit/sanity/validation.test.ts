import { pathToString, type SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import {
  dictionary,
  listOf,
  type MessageKey,
  type Params,
  STUDIO_LANGUAGES,
  type StudioLanguage,
  type Translate,
  translator,
} from '../../../sanity/i18n';
import { type LanguageId, languageLabel } from '../../../sanity/schemaTypes/localization';
import {
  action,
  broken,
  campaign,
  event,
  fixtures,
  focusArea,
  informationPackage,
  method,
  municipality,
  nominationRound,
  settings,
  strategy,
  survey,
  welfareArea,
} from './fixtures';
import { errorsOf, validate, workspaceOf } from './studio';

type Draft = Record<string, any>;
type Segment = string | number | { _key: string };

interface RuleCase {
  rule: string;
  /** Our message (from the dictionary), or Sanity's own (from its locale, e.g. "validation:slug.not-unique"). */
  key: MessageKey | `validation:${string}`;
  params?: (t: Translate) => Params;
  document: SanityDocument;
  path: (draft: Draft) => Segment[];
}

const keyOf = (items: Draft[], index: number) => ({ _key: items[index]!._key as string });
const inLanguage = (items: Draft[], language: string) => ({
  _key: items.find((item) => item.language === language)!._key as string,
});
/** The path of the first markDef of `type` in the Swedish rich text of `field`. */
function markDefPath(draft: Draft, field: string, type: string): Segment[] {
  const sv = draft[field].find((item: Draft) => item.language === 'sv');
  const block = sv.value.find((candidate: Draft) =>
    candidate.markDefs?.some((def: Draft) => def._type === type),
  );
  const def = block.markDefs.find((candidate: Draft) => candidate._type === type);
  return [field, { _key: sv._key }, 'value', { _key: block._key }, 'markDefs', { _key: def._key }];
}
function markDef(draft: Draft, field: string, type: string): Draft {
  const path = markDefPath(draft, field, type);
  const sv = draft[field].find((item: Draft) => item.language === 'sv');
  const block = sv.value.find((candidate: Draft) => candidate._key === (path[3] as { _key: string })._key);
  return block.markDefs.find((candidate: Draft) => candidate._key === (path[5] as { _key: string })._key);
}

/** `{missing, required}` for a missing-languages message in the Studio's language. */
const languages =
  (missing: LanguageId[], required: LanguageId[] = ['sv', 'fi']) =>
  (t: Translate): Params => ({
    missing: listOf(
      t.language,
      missing.map((id) => languageLabel(t, id)),
    ),
    required: listOf(
      t.language,
      required.map((id) => languageLabel(t, id)),
    ),
  });

/** One case per validation message: a valid fixture with exactly that rule broken, and where it shows. */
const cases: RuleCase[] = [
  // Localised text
  {
    rule: 'public text needs Swedish and Finnish',
    key: 'validation.languages.missingOne',
    params: languages(['fi']),
    document: broken(settings, (draft) => {
      draft.networkName = draft.networkName.filter((item: Draft) => item.language !== 'fi');
    }),
    path: () => ['networkName'],
  },
  {
    rule: 'public text cannot be left out',
    key: 'validation.languages.missingMany',
    params: languages(['sv', 'fi']),
    document: broken(municipality, (draft) => {
      delete draft.name;
    }),
    path: () => ['name'],
  },
  {
    rule: 'each language at most once',
    key: 'validation.languages.twice',
    params: (t) => ({ language: languageLabel(t, 'sv') }),
    document: broken(settings, (draft) => {
      draft.region.push({ ...draft.region[0], _key: 'again' });
    }),
    path: () => ['region', { _key: 'again' }],
  },
  {
    rule: "only the site's languages",
    key: 'validation.languages.unknown',
    params: () => ({ language: 'de', languages: 'sv, fi, en' }),
    document: broken(settings, (draft) => {
      draft.region.push({
        _key: 'de',
        _type: 'internationalizedArrayStringValue',
        language: 'de',
        value: 'Ostbottnien',
      });
    }),
    path: () => ['region', { _key: 'de' }],
  },
  {
    rule: 'every translation has a language',
    key: 'validation.languages.noLanguage',
    document: broken(settings, (draft) => {
      draft.region.push({ _key: 'none', _type: 'internationalizedArrayStringValue', value: 'Ostbottnien' });
    }),
    path: () => ['region', { _key: 'none' }],
  },
  {
    rule: 'optional text, once given, needs both languages',
    key: 'validation.languages.missingOneOptional',
    params: languages(['sv']),
    document: broken(event, (draft) => {
      draft.description = draft.description.filter((item: Draft) => item.language === 'fi');
    }),
    path: () => ['description'],
  },
  {
    rule: 'optional text given in English only needs Swedish and Finnish',
    key: 'validation.languages.missingManyOptional',
    params: languages(['sv', 'fi']),
    document: broken(event, (draft) => {
      draft.description = [
        { _key: 'en', _type: 'internationalizedArrayTextValue', language: 'en', value: 'Description.' },
      ];
    }),
    path: () => ['description'],
  },
  {
    rule: 'optional rich text, once given, needs both languages',
    key: 'validation.languages.missingOneOptional',
    params: languages(['fi']),
    document: broken(event, (draft) => {
      draft.body = draft.body.filter((item: Draft) => item.language === 'sv');
    }),
    path: () => ['body'],
  },

  // Slugs
  {
    rule: 'a page has a slug in Swedish and Finnish',
    key: 'validation.slug.missing',
    params: languages(['fi']),
    document: broken(event, (draft) => {
      draft.slug = draft.slug.filter((item: Draft) => item.language !== 'fi');
    }),
    path: () => ['slug'],
  },
  {
    rule: 'slugs are lowercase words joined by hyphens',
    key: 'validation.slug.format',
    params: () => ({ slug: 'Webinaari 2027' }),
    document: broken(event, (draft) => {
      draft.slug.find((item: Draft) => item.language === 'fi').value.current = 'Webinaari 2027';
    }),
    path: (draft) => ['slug', inLanguage(draft.slug, 'fi'), 'value'],
  },
  {
    rule: 'slugs are unique per type and language',
    key: 'validation:slug.not-unique',
    document: broken(event, (draft) => {
      draft._id = 'event-test-copy';
    }),
    path: (draft) => ['slug', inLanguage(draft.slug, 'fi'), 'value'],
  },
  {
    rule: 'a focus area has a slug',
    key: 'validation.slug.generate',
    document: broken(focusArea, (draft) => {
      delete draft.slug;
    }),
    path: () => ['slug'],
  },
  {
    rule: "a focus area's slug is unique",
    key: 'validation:slug.not-unique',
    document: broken(focusArea, (draft) => {
      draft._id = 'focusArea-test-copy';
    }),
    path: () => ['slug'],
  },

  // Links, rich text, images and files
  {
    rule: 'links are https',
    key: 'validation.https',
    document: broken(event, (draft) => {
      draft.onlineUrl = 'http://meet.example.org/test';
    }),
    path: () => ['onlineUrl'],
  },
  {
    rule: 'resource links are https',
    key: 'validation.https',
    document: broken(informationPackage, (draft) => {
      draft.resources[0].url = 'ftp://files.example.org/course';
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'url'],
  },
  {
    rule: 'links in rich text use http, https or mailto',
    key: 'validation.link.scheme',
    document: broken(informationPackage, (draft) => {
      markDef(draft, 'body', 'link').href = 'javascript:alert(1)';
    }),
    path: (draft) => [...markDefPath(draft, 'body', 'link'), 'href'],
  },
  {
    rule: 'a link in rich text has an address',
    key: 'validation.link.missing',
    document: broken(informationPackage, (draft) => {
      delete markDef(draft, 'body', 'link').href;
    }),
    path: (draft) => [...markDefPath(draft, 'body', 'link'), 'href'],
  },
  {
    rule: 'an internal link points to a document',
    key: 'validation.internalLink.missing',
    document: broken(informationPackage, (draft) => {
      delete markDef(draft, 'body', 'internalLink').reference;
    }),
    path: (draft) => [...markDefPath(draft, 'body', 'internalLink'), 'reference'],
  },
  {
    rule: 'an internal link points to a published document',
    key: 'validation:object.reference-not-published',
    document: broken(informationPackage, (draft) => {
      markDef(draft, 'body', 'internalLink').reference._ref = 'event-missing';
    }),
    path: (draft) => [...markDefPath(draft, 'body', 'internalLink'), 'reference'],
  },
  {
    rule: 'images have alt text in Swedish and Finnish',
    key: 'validation.figure.altMissing',
    params: languages(['fi']),
    document: broken(informationPackage, (draft) => {
      draft.image.alt = draft.image.alt.filter((item: Draft) => item.language !== 'fi');
    }),
    path: () => ['image', 'alt'],
  },
  {
    rule: 'images in rich text have alt text too',
    key: 'validation.figure.altMissing',
    params: languages(['sv', 'fi']),
    document: broken(method, (draft) => {
      const sv = draft.body.find((item: Draft) => item.language === 'sv');
      sv.value.push({ _key: 'figure', _type: 'figure', asset: draft.image.asset });
    }),
    path: (draft) => ['body', inLanguage(draft.body, 'sv'), 'value', { _key: 'figure' }, 'alt'],
  },
  {
    rule: 'an image has an image',
    key: 'validation.figure.noImage',
    document: broken(informationPackage, (draft) => {
      delete draft.image.asset;
    }),
    path: () => ['image'],
  },
  {
    rule: 'a file has a file',
    key: 'validation.attachment.noFile',
    document: broken(informationPackage, (draft) => {
      delete draft.files[0].asset;
    }),
    path: (draft) => ['files', keyOf(draft.files, 0)],
  },
  {
    rule: 'files are PDF, Word, Excel or PowerPoint',
    key: 'validation.attachment.format',
    params: () => ({ extension: 'exe', formats: 'PDF, DOCX, XLSX, PPTX' }),
    document: broken(method, (draft) => {
      draft.files[0].asset._ref = 'file-89abcdef0123456789abcdef0123456789abcdef-exe';
    }),
    path: (draft) => ['files', keyOf(draft.files, 0)],
  },
  {
    rule: 'files have a title in Swedish and Finnish',
    key: 'validation.languages.missingOne',
    params: languages(['sv']),
    document: broken(method, (draft) => {
      draft.files[0].title = draft.files[0].title.filter((item: Draft) => item.language !== 'sv');
    }),
    path: (draft) => ['files', keyOf(draft.files, 0), 'title'],
  },
  {
    rule: 'a link of a method has an address',
    key: 'validation.webLink.missing',
    document: broken(method, (draft) => {
      delete draft.links[0].url;
    }),
    path: (draft) => ['links', keyOf(draft.links, 0), 'url'],
  },

  // Methods
  {
    rule: 'a method supports at least one focus area',
    key: 'validation.method.focusAreas',
    document: broken(method, (draft) => {
      draft.focusAreas = [];
    }),
    path: () => ['focusAreas'],
  },
  {
    rule: 'a method lists each focus area once',
    key: 'validation.method.focusAreaTwice',
    document: broken(method, (draft) => {
      draft.focusAreas.push({ _key: 'again', _type: 'reference', _ref: focusArea._id });
    }),
    path: () => ['focusAreas', { _key: 'again' }],
  },
  {
    rule: "a method's contact has an email address",
    key: 'validation.contactPoint.email',
    document: broken(method, (draft) => {
      delete draft.contact.email;
    }),
    path: () => ['contact', 'email'],
  },

  // The strategy
  {
    rule: 'a strategy has at least one goal',
    key: 'validation.strategy.noGoals',
    document: broken(strategy, (draft) => {
      draft.goals = [];
    }),
    path: () => ['goals'],
  },
  {
    rule: 'a goal of the strategy has a key',
    key: 'validation.goal.keyMissing',
    document: broken(strategy, (draft) => {
      delete draft.goals[1].key;
    }),
    path: (draft) => ['goals', keyOf(draft.goals, 1), 'key'],
  },
  {
    rule: 'each goal of the strategy has its own key',
    key: 'validation.goal.keyTwice',
    params: () => ({ value: 'equal-pay' }),
    document: broken(strategy, (draft) => {
      draft.goals[1].key = 'equal-pay';
    }),
    path: (draft) => ['goals', keyOf(draft.goals, 1), 'key'],
  },

  {
    rule: 'the follow-up month is a month',
    key: 'validation.settings.affiliationFollowUpMonth',
    document: broken(settings, (draft) => {
      draft.affiliationFollowUpMonth = 13;
    }),
    path: () => ['affiliationFollowUpMonth'],
  },

  {
    rule: 'ended affiliations are kept a whole number of days',
    key: 'validation.retention.affiliationDays',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.retention.affiliationDays = 0;
    }),
    path: () => ['retention', 'affiliationDays'],
  },

  // The activity plan
  {
    rule: 'references point to existing documents',
    key: 'validation:object.reference-not-published',
    document: broken(action, (draft) => {
      draft.focusArea._ref = 'focusArea-missing';
    }),
    path: () => ['focusArea'],
  },
  {
    rule: 'a required reference is given',
    key: 'validation.action.focusArea',
    document: broken(action, (draft) => {
      delete draft.focusArea;
    }),
    path: () => ['focusArea'],
  },
  {
    rule: 'an action has a period',
    key: 'validation.action.period',
    document: broken(action, (draft) => {
      delete draft.period;
    }),
    path: () => ['period'],
  },
  {
    rule: 'an action has a status',
    key: 'validation.action.status',
    document: broken(action, (draft) => {
      delete draft.status;
    }),
    path: () => ['status'],
  },
  {
    rule: 'an action lists each event once',
    key: 'validation.action.eventTwice',
    document: broken(action, (draft) => {
      draft.relatedEvents.push({ _key: 'again', _type: 'reference', _ref: event._id });
    }),
    path: () => ['relatedEvents', { _key: 'again' }],
  },
  {
    rule: 'an action lists each campaign once',
    key: 'validation.action.campaignTwice',
    document: broken(action, (draft) => {
      draft.relatedCampaigns.push({ _key: 'again', _type: 'reference', _ref: campaign._id });
    }),
    path: () => ['relatedCampaigns', { _key: 'again' }],
  },
  {
    rule: 'a coordinator is an organisation or a name, not both',
    key: 'validation.coordinator.notBoth',
    document: broken(action, (draft) => {
      draft.coordinator.name = [
        { _key: 'sv', _type: 'internationalizedArrayStringValue', language: 'sv', value: 'X' },
      ];
    }),
    path: () => ['coordinator', 'organization'],
  },
  {
    rule: 'a period has a start',
    key: 'validation.dateRange.start',
    document: broken(action, (draft) => {
      delete draft.period.start;
    }),
    path: () => ['period', 'start'],
  },
  {
    rule: 'a period has an end',
    key: 'validation.dateRange.end',
    document: broken(action, (draft) => {
      delete draft.period.end;
    }),
    path: () => ['period', 'end'],
  },
  {
    rule: 'a period ends no earlier than it starts',
    key: 'validation.dateRange.order',
    document: broken(action, (draft) => {
      draft.period.end = '2024-12-31';
    }),
    path: () => ['period', 'end'],
  },

  // Events
  {
    rule: 'a required choice is made',
    key: 'validation.event.kind',
    document: broken(event, (draft) => {
      delete draft.kind;
    }),
    path: () => ['kind'],
  },
  {
    rule: 'an event has a start',
    key: 'validation.event.startsAt',
    document: broken(event, (draft) => {
      delete draft.startsAt;
    }),
    path: () => ['startsAt'],
  },
  {
    rule: 'an event has an end',
    key: 'validation.event.endsAt',
    document: broken(event, (draft) => {
      delete draft.endsAt;
    }),
    path: () => ['endsAt'],
  },
  {
    rule: 'an event ends after it starts',
    key: 'validation.event.order',
    document: broken(event, (draft) => {
      draft.endsAt = draft.startsAt;
    }),
    path: () => ['endsAt'],
  },
  {
    rule: 'an event has a mode',
    key: 'validation.event.mode',
    document: broken(event, (draft) => {
      delete draft.mode;
    }),
    path: () => ['mode'],
  },
  {
    rule: 'an on-site event needs its place',
    key: 'validation.event.placeOnsite',
    document: broken(event, (draft) => {
      draft.mode = 'onsite';
      delete draft.place;
    }),
    path: () => ['place'],
  },
  {
    rule: 'a hybrid event needs its place',
    key: 'validation.event.placeHybrid',
    document: broken(event, (draft) => {
      delete draft.place;
    }),
    path: () => ['place'],
  },
  {
    rule: 'an online event needs its link',
    key: 'validation.event.linkOnline',
    document: broken(event, (draft) => {
      draft.mode = 'online';
      delete draft.onlineUrl;
    }),
    path: () => ['onlineUrl'],
  },
  {
    rule: 'a hybrid event needs its link',
    key: 'validation.event.linkHybrid',
    document: broken(event, (draft) => {
      delete draft.onlineUrl;
    }),
    path: () => ['onlineUrl'],
  },
  {
    rule: 'capacity is a positive integer (not zero)',
    key: 'validation.event.capacity',
    params: () => ({ min: 1 }),
    document: broken(event, (draft) => {
      draft.capacity = 0;
    }),
    path: () => ['capacity'],
  },
  {
    rule: 'capacity is a positive integer (not a fraction)',
    key: 'validation.event.capacity',
    params: () => ({ min: 1 }),
    document: broken(event, (draft) => {
      draft.capacity = 12.5;
    }),
    path: () => ['capacity'],
  },
  {
    rule: 'registration has an opening time',
    key: 'validation.event.registrationOpensAt',
    document: broken(event, (draft) => {
      delete draft.registrationOpensAt;
    }),
    path: () => ['registrationOpensAt'],
  },
  {
    rule: 'registration has a closing time',
    key: 'validation.event.registrationClosesAt',
    document: broken(event, (draft) => {
      delete draft.registrationClosesAt;
    }),
    path: () => ['registrationClosesAt'],
  },
  {
    rule: 'registration opens before it closes',
    key: 'validation.event.registrationOrder',
    document: broken(event, (draft) => {
      draft.registrationOpensAt = draft.registrationClosesAt;
    }),
    path: () => ['registrationOpensAt'],
  },
  {
    rule: 'registration closes no later than the event ends',
    key: 'validation.event.registrationBeforeEnd',
    document: broken(event, (draft) => {
      draft.registrationClosesAt = '2027-02-10T12:31:00.000Z';
    }),
    path: () => ['registrationClosesAt'],
  },

  // Campaigns
  {
    rule: 'the award year has four digits',
    key: 'validation.campaign.year',
    document: broken(campaign, (draft) => {
      draft.year = 27;
    }),
    path: () => ['year'],
  },
  {
    rule: 'a campaign has an opening time',
    key: 'validation.campaign.opensAt',
    document: broken(campaign, (draft) => {
      delete draft.opensAt;
    }),
    path: () => ['opensAt'],
  },
  {
    rule: 'a campaign has a closing time',
    key: 'validation.campaign.closesAt',
    document: broken(campaign, (draft) => {
      delete draft.closesAt;
    }),
    path: () => ['closesAt'],
  },
  {
    rule: 'a campaign closes after it opens',
    key: 'validation.campaign.order',
    document: broken(campaign, (draft) => {
      draft.closesAt = draft.opensAt;
    }),
    path: () => ['closesAt'],
  },
  {
    rule: 'a campaign’s review deadline is after applications close',
    key: 'validation.campaign.reviewDeadline',
    document: broken(campaign, (draft) => {
      (draft as Record<string, unknown>).reviewDeadline = draft.opensAt;
    }),
    path: () => ['reviewDeadline'],
  },
  {
    rule: 'a campaign lists each municipality once',
    key: 'validation.campaign.municipalityTwice',
    document: broken(campaign, (draft) => {
      draft.eligibleMunicipalities.push({ _key: 'again', _type: 'reference', _ref: municipality._id });
    }),
    path: () => ['eligibleMunicipalities', { _key: 'again' }],
  },
  {
    rule: 'eligible municipalities are municipalities',
    key: 'validation.campaign.notMunicipality',
    params: (t) => ({ name: t.language === 'fi' ? 'Koealue' : 'Provområdet' }),
    document: broken(campaign, (draft) => {
      draft.eligibleMunicipalities.push({ _key: 'welfare', _type: 'reference', _ref: welfareArea._id });
    }),
    path: () => ['eligibleMunicipalities', { _key: 'welfare' }],
  },
  {
    rule: 'a campaign has at least one criterion',
    key: 'validation.campaign.noCriteria',
    document: broken(campaign, (draft) => {
      draft.criteria = [];
      delete draft.questions[1].criterion;
    }),
    path: () => ['criteria'],
  },
  {
    rule: 'a criterion has a key',
    key: 'validation.criterion.keyMissing',
    document: broken(campaign, (draft) => {
      delete draft.criteria[1].key;
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 1), 'key'],
  },
  {
    rule: 'criterion keys are unique',
    key: 'validation.criterion.keyTwice',
    params: () => ({ value: 'equal-pay' }),
    document: broken(campaign, (draft) => {
      draft.criteria[1].key = 'equal-pay';
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 1), 'key'],
  },
  {
    rule: 'keys are slug-like',
    key: 'validation.keyFormat',
    params: () => ({ value: 'Equal pay' }),
    document: broken(campaign, (draft) => {
      draft.criteria[0].key = 'Equal pay';
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 0), 'key'],
  },
  {
    rule: 'criterion weights are greater than 0',
    key: 'validation.criterion.weight',
    document: broken(campaign, (draft) => {
      draft.criteria[0].weight = 0;
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 0), 'weight'],
  },
  {
    rule: 'a question has a key',
    key: 'validation.question.keyMissing',
    document: broken(campaign, (draft) => {
      delete draft.questions[0].key;
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 0), 'key'],
  },
  {
    rule: 'question keys are unique',
    key: 'validation.question.keyTwice',
    params: () => ({ value: 'submitted-by' }),
    document: broken(campaign, (draft) => {
      draft.questions[1].key = 'submitted-by';
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'key'],
  },
  {
    rule: 'a question has an answer type',
    key: 'validation.question.type',
    document: broken(campaign, (draft) => {
      delete draft.questions[1].type;
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'type'],
  },
  {
    rule: 'single choice questions have options',
    key: 'validation.question.singleChoiceOptions',
    document: broken(campaign, (draft) => {
      draft.questions[0].options = draft.questions[0].options.slice(0, 1);
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 0), 'options'],
  },
  {
    rule: 'multiple choice questions have options',
    key: 'validation.question.multiChoiceOptions',
    document: broken(campaign, (draft) => {
      draft.questions[0].type = 'multiChoice';
      draft.questions[0].options = draft.questions[0].options.slice(0, 1);
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 0), 'options'],
  },
  {
    rule: 'option values are unique',
    key: 'validation.question.optionValueTwice',
    params: () => ({ value: 'self' }),
    document: broken(campaign, (draft) => {
      draft.questions[0].options[1].value = 'self';
    }),
    path: (draft) => [
      'questions',
      keyOf(draft.questions, 0),
      'options',
      keyOf(draft.questions[0].options, 1),
      'value',
    ],
  },
  {
    rule: 'an option has a value',
    key: 'validation.option.valueMissing',
    document: broken(campaign, (draft) => {
      delete draft.questions[0].options[1].value;
    }),
    path: (draft) => [
      'questions',
      keyOf(draft.questions, 0),
      'options',
      keyOf(draft.questions[0].options, 1),
      'value',
    ],
  },
  {
    rule: "a question's criterion is an existing criterion key",
    key: 'validation.question.unknownCriterion',
    params: () => ({ value: 'salaries', keys: 'equal-pay, careers' }),
    document: broken(campaign, (draft) => {
      draft.questions[1].criterion = 'salaries';
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'criterion'],
  },
  {
    rule: "a question's criterion needs the campaign to have criteria",
    key: 'validation.question.noCriteria',
    params: () => ({ value: 'equal-pay' }),
    document: broken(campaign, (draft) => {
      draft.criteria = [];
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'criterion'],
  },
  {
    rule: 'a maximum length is a whole number of at least 1',
    key: 'validation.question.maxLength',
    params: () => ({ min: 1 }),
    document: broken(campaign, (draft) => {
      draft.questions[1].maxLength = 0;
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'maxLength'],
  },

  // Nomination rounds and organisations
  // Surveys
  {
    rule: 'a survey has an opening time',
    key: 'validation.survey.opensAt',
    document: broken(survey, (draft) => {
      delete draft.opensAt;
    }),
    path: () => ['opensAt'],
  },
  {
    rule: 'a survey has a closing time',
    key: 'validation.survey.closesAt',
    document: broken(survey, (draft) => {
      delete draft.closesAt;
    }),
    path: () => ['closesAt'],
  },
  {
    rule: 'a survey closes after it opens',
    key: 'validation.survey.order',
    document: broken(survey, (draft) => {
      draft.closesAt = draft.opensAt;
    }),
    path: () => ['closesAt'],
  },
  {
    rule: 'a survey lists each event once',
    key: 'validation.survey.eventTwice',
    document: broken(survey, (draft) => {
      draft.events.push({ _key: 'again', _type: 'reference', _ref: event._id });
    }),
    path: () => ['events', { _key: 'again' }],
  },
  {
    rule: 'a survey has at least one question',
    key: 'validation.survey.noQuestions',
    document: broken(survey, (draft) => {
      draft.questions = [];
    }),
    path: () => ['questions'],
  },
  {
    rule: 'a survey question has a type',
    key: 'validation.surveyQuestion.kind',
    document: broken(survey, (draft) => {
      delete draft.questions[0].kind;
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 0), 'kind'],
  },
  {
    rule: 'a survey choice question offers at least two options',
    key: 'validation.surveyQuestion.options',
    document: broken(survey, (draft) => {
      draft.questions[1].options = draft.questions[1].options.slice(0, 1);
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'options'],
  },
  {
    rule: 'results need at least one answer',
    key: 'validation.surveys.minAnswers',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.surveys = { _type: 'object', minAnswers: 0 };
    }),
    path: () => ['surveys', 'minAnswers'],
  },
  {
    rule: 'the hours after an event are not negative',
    key: 'validation.surveys.sendAfterHours',
    params: () => ({ min: 0 }),
    document: broken(settings, (draft) => {
      draft.surveys = { sendAfterHours: -1 };
    }),
    path: () => ['surveys', 'sendAfterHours'],
  },
  {
    rule: 'survey answers are kept whole days',
    key: 'validation.surveys.answerDays',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.surveys = { answerDays: 0.5 };
    }),
    path: () => ['surveys', 'answerDays'],
  },

  {
    rule: 'a round has a deadline',
    key: 'validation.round.deadline',
    document: broken(nominationRound, (draft) => {
      delete draft.deadline;
    }),
    path: () => ['deadline'],
  },
  {
    rule: 'a round says how many seats',
    key: 'validation.round.seats',
    document: broken(nominationRound, (draft) => {
      delete draft.seats;
    }),
    path: () => ['seats'],
  },
  {
    rule: 'a round has a term',
    key: 'validation.round.term',
    document: broken(nominationRound, (draft) => {
      delete draft.term;
    }),
    path: () => ['term'],
  },
  {
    rule: 'a round has at least one member seat',
    key: 'validation.seats.members',
    params: () => ({ min: 1 }),
    document: broken(nominationRound, (draft) => {
      draft.seats.members = 0;
    }),
    path: () => ['seats', 'members'],
  },
  {
    rule: 'deputy seats are not negative',
    key: 'validation.seats.deputies',
    params: () => ({ min: 0 }),
    document: broken(nominationRound, (draft) => {
      draft.seats.deputies = -1;
    }),
    path: () => ['seats', 'deputies'],
  },
  {
    rule: 'a round addresses at least one organisation',
    key: 'validation.round.noOrganizations',
    document: broken(nominationRound, (draft) => {
      draft.organizations = [];
    }),
    path: () => ['organizations'],
  },
  {
    rule: 'a round addresses each organisation once',
    key: 'validation.round.organizationTwice',
    document: broken(nominationRound, (draft) => {
      draft.organizations.push({ _key: 'again', _type: 'reference', _ref: municipality._id });
    }),
    path: () => ['organizations', { _key: 'again' }],
  },
  {
    rule: 'an organisation has a kind',
    key: 'validation.organization.kind',
    document: broken(municipality, (draft) => {
      delete draft.kind;
    }),
    path: () => ['kind'],
  },
  {
    rule: 'an organisation has a language status',
    key: 'validation.organization.languageStatus',
    document: broken(municipality, (draft) => {
      delete draft.languageStatus;
    }),
    path: () => ['languageStatus'],
  },
  {
    rule: 'an organisation has a majority language',
    key: 'validation.organization.majorityLanguage',
    document: broken(municipality, (draft) => {
      delete draft.majorityLanguage;
    }),
    path: () => ['majorityLanguage'],
  },
  {
    rule: 'the majority language matches the language status',
    key: 'validation.organization.majority',
    params: (t) => ({ status: t('option.languageStatus.finnish'), language: languageLabel(t, 'fi') }),
    document: broken(municipality, (draft) => {
      draft.languageStatus = 'finnish';
    }),
    path: () => ['majorityLanguage'],
  },
  {
    rule: 'municipalities and the welfare area have a nomination contact',
    key: 'validation.organization.nominationContact',
    document: broken(welfareArea, (draft) => {
      delete draft.nominationContact;
    }),
    path: () => ['nominationContact'],
  },
  {
    rule: 'a nomination contact has a name or role',
    key: 'validation.nominationContact.name',
    document: broken(municipality, (draft) => {
      delete draft.nominationContact.name;
    }),
    path: () => ['nominationContact', 'name'],
  },
  {
    rule: 'a nomination contact has an email address',
    key: 'validation.nominationContact.email',
    document: broken(municipality, (draft) => {
      delete draft.nominationContact.email;
    }),
    path: () => ['nominationContact', 'email'],
  },
  {
    rule: 'email addresses are well-formed',
    key: 'validation:string.email',
    document: broken(municipality, (draft) => {
      draft.nominationContact.email = 'registry at example.org';
    }),
    path: () => ['nominationContact', 'email'],
  },

  // Information packages
  {
    rule: 'a resource has a link',
    key: 'validation.resource.url',
    document: broken(informationPackage, (draft) => {
      delete draft.resources[0].url;
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'url'],
  },
  {
    rule: 'a resource has a provider',
    key: 'validation.resource.provider',
    document: broken(informationPackage, (draft) => {
      delete draft.resources[0].provider;
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'provider'],
  },
  {
    rule: 'a resource has a language',
    key: 'validation.resource.language',
    document: broken(informationPackage, (draft) => {
      delete draft.resources[0].language;
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'language'],
  },
  {
    rule: 'a resource has a format',
    key: 'validation.resource.format',
    document: broken(informationPackage, (draft) => {
      delete draft.resources[0].format;
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'format'],
  },

  // Settings
  {
    rule: 'the site offers at least one language',
    key: 'validation.settings.noLanguages',
    document: broken(settings, (draft) => {
      draft.languages = [];
    }),
    path: () => ['languages'],
  },
  {
    rule: 'the site lists each language once',
    key: 'validation.settings.languageTwice',
    document: broken(settings, (draft) => {
      draft.languages = ['sv', 'fi', 'sv'];
    }),
    path: () => ['languages', 2],
  },
  {
    rule: 'the network has a contact email',
    key: 'validation.settings.contactEmail',
    document: broken(settings, (draft) => {
      delete draft.contactEmail;
    }),
    path: () => ['contactEmail'],
  },
  {
    rule: "the site's address has no path",
    key: 'validation.settings.publicBaseUrl',
    document: broken(settings, (draft) => {
      draft.publicBaseUrl = 'https://natverket.example.org/sv';
    }),
    path: () => ['publicBaseUrl'],
  },
  {
    rule: "the site's address is https (http only on localhost)",
    key: 'validation.settings.publicBaseUrl',
    document: broken(settings, (draft) => {
      draft.publicBaseUrl = 'http://natverket.example.org';
    }),
    path: () => ['publicBaseUrl'],
  },
  {
    rule: 'the retention of personal data is set',
    key: 'validation.settings.retention',
    document: broken(settings, (draft) => {
      delete draft.retention;
    }),
    path: () => ['retention'],
  },
  {
    rule: 'retention periods are whole days',
    key: 'validation.retention.registrationDays',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.retention.registrationDays = 0;
    }),
    path: () => ['retention', 'registrationDays'],
  },
  {
    rule: 'applications are kept at least a day',
    key: 'validation.retention.applicationDays',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.retention.applicationDays = 0;
    }),
    path: () => ['retention', 'applicationDays'],
  },
  {
    rule: 'inactivity is counted in whole days',
    key: 'validation.retention.membershipInactiveDays',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.retention.membershipInactiveDays = 0.5;
    }),
    path: () => ['retention', 'membershipInactiveDays'],
  },
  {
    rule: 'a seat is held a whole number of hours',
    key: 'validation.retention.seatHoldHours',
    params: () => ({ min: 1 }),
    document: broken(settings, (draft) => {
      draft.retention.seatHoldHours = 1.5;
    }),
    path: () => ['retention', 'seatHoldHours'],
  },
  {
    rule: 'a seat is held at most three days',
    key: 'validation.retention.seatHoldHoursMax',
    document: broken(settings, (draft) => {
      draft.retention.seatHoldHours = 73;
    }),
    path: () => ['retention', 'seatHoldHours'],
  },
  {
    rule: 'the brand colour carries white text at 4.5:1',
    document: broken(settings, (draft) => {
      draft.brandColour = '#ffcc00';
    }),
    path: () => ['brandColour'],
    key: 'validation.settings.brandColour.contrast',
    params: () => ({ colour: '#ffcc00', ratio: '1.51' }),
  },
  {
    rule: 'the brand colour is #rrggbb',
    document: broken(settings, (draft) => {
      draft.brandColour = 'navy';
    }),
    path: () => ['brandColour'],
    key: 'validation.settings.brandColour.format',
  },
  {
    rule: 'the logo is a plain SVG drawing',
    document: broken(settings, (draft) => {
      draft.logo = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    }),
    path: () => ['logo'],
    key: 'validation.settings.logo.script',
  },
  {
    rule: 'the logo is a whole SVG file',
    document: broken(settings, (draft) => {
      draft.logo = '<png>';
    }),
    path: () => ['logo'],
    key: 'validation.settings.logo.whole',
  },
  {
    rule: 'the logo is too large',
    key: 'validation.settings.logo.size',
    document: broken(settings, (draft) => {
      draft.logo = '<svg>' + ' '.repeat(50_001) + '</svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without embedded HTML',
    key: 'validation.settings.logo.html',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><foreignObject><div>x</div></foreignObject></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without embedded images',
    key: 'validation.settings.logo.image',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><image href="#a"/></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without a DOCTYPE',
    key: 'validation.settings.logo.doctype',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><!DOCTYPE x></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without event handlers',
    key: 'validation.settings.logo.handler',
    document: broken(settings, (draft) => {
      draft.logo = '<svg onload="x()"></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without javascript: links',
    key: 'validation.settings.logo.javascript',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><a href="#x" title="javascript:x"></a></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without external styles',
    key: 'validation.settings.logo.external',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><style>@import "x.css";</style></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the logo is without links to other files',
    key: 'validation.settings.logo.link',
    document: broken(settings, (draft) => {
      draft.logo = '<svg><use href="other.svg#x"/></svg>';
    }),
    path: () => ['logo'],
  },
  {
    rule: 'the mail budget lets at least one mail through',
    document: broken(settings, (draft) => {
      draft.mailBudget = { perTenMinutes: 0, perDay: 20 };
    }),
    path: () => ['mailBudget', 'perTenMinutes'],
    key: 'validation.mailBudget.perTenMinutes',
    params: () => ({ min: 1 }),
  },
  {
    rule: 'the daily mail budget is a whole number',
    document: broken(settings, (draft) => {
      draft.mailBudget = { perTenMinutes: 3, perDay: 2.5 };
    }),
    path: () => ['mailBudget', 'perDay'],
    key: 'validation.mailBudget.perDay',
    params: () => ({ min: 1 }),
  },
  {
    rule: 'reminders go a whole number of hours before the start',
    document: broken(settings, (draft) => {
      draft.reminderHoursBefore = 0.5;
    }),
    path: () => ['reminderHoursBefore'],
    key: 'validation.settings.reminderHoursBefore',
    params: () => ({ min: 1 }),
  },
  {
    rule: 'reminders go at most two weeks before the start',
    document: broken(settings, (draft) => {
      draft.reminderHoursBefore = 337;
    }),
    path: () => ['reminderHoursBefore'],
    key: 'validation.settings.reminderHoursBeforeMax',
  },
];

/** The message a case expects in the workspace of `language`. */
function expectedMessage(testCase: RuleCase, language: StudioLanguage): string {
  if (testCase.key.startsWith('validation:')) return workspaceOf(language).i18n.t(testCase.key);
  const t = translator(language);
  return t(testCase.key as MessageKey, testCase.params?.(t));
}

describe('validation rules', () => {
  it.each(cases.map((testCase) => [testCase.rule, testCase] as const))(
    'fails when broken, with its message in sv, fi and en: %s',
    async (_rule, testCase) => {
      // Prepare: the other fixtures, so references and queries resolve
      const dataset = fixtures;
      const path = pathToString(testCase.path(testCase.document as unknown as Draft));

      for (const language of STUDIO_LANGUAGES) {
        // Act
        const errors = errorsOf(await validate(testCase.document, dataset, 'studio', language));

        // Assess
        expect(errors).toContainEqual({ level: 'error', path, message: expectedMessage(testCase, language) });
      }
    },
  );

  it('has a case for every validation message of the dictionary', () => {
    // Prepare
    const messages = Object.keys(dictionary).filter((key) => key.startsWith('validation.'));

    // Act
    const covered = new Set(cases.map((testCase) => testCase.key));

    // Assess
    expect(messages.filter((key) => !covered.has(key as MessageKey))).toEqual([]);
  });

  it("shows Sanity's own messages in the workspace's interface language", async () => {
    // Prepare
    const duplicate = broken(event, (draft) => {
      draft._id = 'event-test-copy';
    });

    // Act
    const messages = await Promise.all(
      STUDIO_LANGUAGES.map(async (language) => {
        const errors = errorsOf(await validate(duplicate, fixtures, 'studio', language));
        return errors.find((error) => error.path.startsWith('slug'))?.message;
      }),
    );

    // Assess
    expect(messages).toEqual(['Slug används redan', 'Slug on jo käytössä', 'Slug is already in use']);
  });
});

describe('localised slugs', () => {
  it('may repeat a slug of another type, or of the same type in another language', async () => {
    // Prepare: a method with the event's Finnish slug, and an event whose Swedish slug is that Finnish slug
    const sameSlugOtherType = broken(method, (draft) => {
      draft.slug.find((item: Draft) => item.language === 'fi').value.current = 'webinaari';
    });
    const sameSlugOtherLanguage = broken(event, (draft) => {
      draft._id = 'event-test-other';
      draft.slug = draft.slug.filter((item: Draft) => item.language !== 'en');
      draft.slug.find((item: Draft) => item.language === 'sv').value.current = 'webinaari';
      draft.slug.find((item: Draft) => item.language === 'fi').value.current = 'toinen-webinaari';
    });

    // Act
    const forMethod = await validate(sameSlugOtherType, fixtures);
    const forEvent = await validate(sameSlugOtherLanguage, fixtures);

    // Assess
    expect(forMethod).toEqual([]);
    expect(forEvent).toEqual([]);
  });

  it("ignores the document's own draft when checking uniqueness", async () => {
    // Prepare: the published event and its draft, with the same slugs
    const draft = broken(event, (copy) => {
      copy._id = `drafts.${event._id}`;
    });

    // Act
    const findings = await validate(draft, fixtures);

    // Assess
    expect(findings).toEqual([]);
  });
});

describe('links in rich text', () => {
  it.each(['https://www.example.org/', 'http://www.example.org/', 'mailto:natverket@example.org'])(
    'accepts %s',
    async (href) => {
      // Prepare
      const document = broken(informationPackage, (draft) => {
        markDef(draft, 'body', 'link').href = href;
      });

      // Act
      const errors = errorsOf(await validate(document, fixtures));

      // Assess
      expect(errors).toEqual([]);
    },
  );

  it.each(['ftp://files.example.org/x', 'javascript:alert(1)', 'www.example.org', '/relative'])(
    'rejects %s',
    async (href) => {
      // Prepare
      const document = broken(informationPackage, (draft) => {
        markDef(draft, 'body', 'link').href = href;
      });

      // Act
      const errors = errorsOf(await validate(document, fixtures));

      // Assess
      expect(errors.map((error) => error.message)).toEqual([translator('en')('validation.link.scheme')]);
    },
  );
});

describe("the site's address in the settings", () => {
  it.each(['https://natverket.example.org', 'http://localhost:3000'])('accepts %s', async (url) => {
    // Prepare
    const document = broken(settings, (draft) => {
      draft.publicBaseUrl = url;
    });

    // Act
    const findings = await validate(document, fixtures);

    // Assess
    expect(findings).toEqual([]);
  });
});
