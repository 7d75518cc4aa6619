import { pathToString, type SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { HTTPS_MESSAGE } from '../../../sanity/schemaTypes/validation';
import {
  action,
  broken,
  campaign,
  event,
  fixtures,
  informationPackage,
  municipality,
  nominationRound,
  settings,
  welfareArea,
} from './fixtures';
import { errorsOf, validate } from './studio';

type Draft = Record<string, any>;

interface RuleCase {
  rule: string;
  document: SanityDocument;
  path: (draft: Draft) => (string | number | { _key: string })[];
  message: string;
}

const keyOf = (items: Draft[], index: number) => ({ _key: items[index]!._key as string });

/** One case per validation rule: a valid fixture with exactly that rule broken, and the message expected. */
const cases: RuleCase[] = [
  {
    rule: 'public text needs Swedish and Finnish',
    document: broken(settings, (draft) => {
      draft.networkName = draft.networkName.filter((item: Draft) => item.language !== 'fi');
    }),
    path: () => ['networkName'],
    message: 'Finnish (fi) is missing: public text needs Swedish (sv) and Finnish (fi).',
  },
  {
    rule: 'public text cannot be left out',
    document: broken(municipality, (draft) => {
      delete draft.name;
    }),
    path: () => ['name'],
    message: 'Swedish (sv) and Finnish (fi) are missing: public text needs Swedish (sv) and Finnish (fi).',
  },
  {
    rule: 'each language at most once',
    document: broken(settings, (draft) => {
      draft.region.push({ ...draft.region[0], _key: 'again' });
    }),
    path: () => ['region', { _key: 'again' }],
    message: 'Swedish (sv) is given twice: keep one.',
  },
  {
    rule: "only the site's languages",
    document: broken(settings, (draft) => {
      draft.region.push({
        _key: 'de',
        _type: 'internationalizedArrayStringValue',
        language: 'de',
        value: 'Ostbottnien',
      });
    }),
    path: () => ['region', { _key: 'de' }],
    message: '"de" is not a language of this site (sv, fi, en): remove this translation.',
  },
  {
    rule: 'optional text, once given, needs both languages',
    document: broken(event, (draft) => {
      draft.description = draft.description.filter((item: Draft) => item.language === 'fi');
    }),
    path: () => ['description'],
    message: 'Swedish (sv) is missing: when this text is given, it needs Swedish (sv) and Finnish (fi).',
  },
  {
    rule: 'an event ends after it starts',
    document: broken(event, (draft) => {
      draft.endsAt = draft.startsAt;
    }),
    path: () => ['endsAt'],
    message: 'The event must end after it starts.',
  },
  {
    rule: 'registration closes no later than the event ends',
    document: broken(event, (draft) => {
      draft.registrationClosesAt = '2027-02-10T12:31:00.000Z';
    }),
    path: () => ['registrationClosesAt'],
    message: 'Registration must close no later than the event ends.',
  },
  {
    rule: 'registration opens before it closes',
    document: broken(event, (draft) => {
      draft.registrationOpensAt = draft.registrationClosesAt;
    }),
    path: () => ['registrationOpensAt'],
    message: 'Registration must open before it closes.',
  },
  {
    rule: 'capacity is a positive integer (not zero)',
    document: broken(event, (draft) => {
      draft.capacity = 0;
    }),
    path: () => ['capacity'],
    message: 'The capacity must be a whole number of at least 1.',
  },
  {
    rule: 'capacity is a positive integer (not a fraction)',
    document: broken(event, (draft) => {
      draft.capacity = 12.5;
    }),
    path: () => ['capacity'],
    message: 'The capacity must be a whole number of at least 1.',
  },
  {
    rule: 'links are https',
    document: broken(event, (draft) => {
      draft.onlineUrl = 'http://meet.example.org/test';
    }),
    path: () => ['onlineUrl'],
    message: HTTPS_MESSAGE,
  },
  {
    rule: 'an online or hybrid event needs its link',
    document: broken(event, (draft) => {
      delete draft.onlineUrl;
    }),
    path: () => ['onlineUrl'],
    message: 'A hybrid event needs an online link (https://...).',
  },
  {
    rule: 'an on-site or hybrid event needs its place',
    document: broken(event, (draft) => {
      draft.mode = 'onsite';
      delete draft.place;
    }),
    path: () => ['place'],
    message: 'An on-site event needs a place: give it in Swedish (sv) and Finnish (fi).',
  },
  {
    rule: 'a required choice is made',
    document: broken(event, (draft) => {
      delete draft.kind;
    }),
    path: () => ['kind'],
    message: 'Choose the kind of event, e.g. webinar.',
  },
  {
    rule: 'slugs are unique per type',
    document: broken(event, (draft) => {
      draft._id = 'event-test-copy';
    }),
    path: () => ['slug'],
    message: 'Slug is already in use',
  },
  {
    rule: 'references point to existing documents',
    document: broken(action, (draft) => {
      draft.focusArea._ref = 'focusArea-missing';
    }),
    path: () => ['focusArea'],
    message: 'Referenced document must be published',
  },
  {
    rule: 'a required reference is given',
    document: broken(action, (draft) => {
      delete draft.focusArea;
    }),
    path: () => ['focusArea'],
    message: 'Choose the focus area this action belongs to.',
  },
  {
    rule: 'email addresses are well-formed',
    document: broken(municipality, (draft) => {
      draft.nominationContact.email = 'registry at example.org';
    }),
    path: () => ['nominationContact', 'email'],
    message: 'Must be a valid email address',
  },
  {
    rule: 'a campaign closes after it opens',
    document: broken(campaign, (draft) => {
      draft.closesAt = draft.opensAt;
    }),
    path: () => ['closesAt'],
    message: 'Applications must close after they open.',
  },
  {
    rule: 'criterion keys are unique',
    document: broken(campaign, (draft) => {
      draft.criteria[1].key = 'equal-pay';
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 1), 'key'],
    message: 'The criterion key "equal-pay" is used more than once: each criterion key must be unique.',
  },
  {
    rule: 'question keys are unique',
    document: broken(campaign, (draft) => {
      draft.questions[1].key = 'submitted-by';
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'key'],
    message: 'The question key "submitted-by" is used more than once: each question key must be unique.',
  },
  {
    rule: 'keys are slug-like',
    document: broken(campaign, (draft) => {
      draft.criteria[0].key = 'Equal pay';
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 0), 'key'],
    message:
      '"Equal pay" is not a valid key: use lowercase letters a-z, digits and single hyphens, e.g. "equal-pay".',
  },
  {
    rule: 'criterion weights are greater than 0',
    document: broken(campaign, (draft) => {
      draft.criteria[0].weight = 0;
    }),
    path: (draft) => ['criteria', keyOf(draft.criteria, 0), 'weight'],
    message: 'The weight must be a number greater than 0.',
  },
  {
    rule: 'a campaign has at least one criterion',
    document: broken(campaign, (draft) => {
      draft.criteria = [];
      delete draft.questions[1].criterion;
    }),
    path: () => ['criteria'],
    message: 'Add at least one criterion: the jury scores applications against them.',
  },
  {
    rule: 'choice questions have options',
    document: broken(campaign, (draft) => {
      draft.questions[0].options = draft.questions[0].options.slice(0, 1);
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 0), 'options'],
    message: 'A single choice question needs at least two options: add the answers people can choose from.',
  },
  {
    rule: 'option values are unique',
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
    message: 'The option value "self" is used more than once: each option value must be unique.',
  },
  {
    rule: "a question's criterion is an existing criterion key",
    document: broken(campaign, (draft) => {
      draft.questions[1].criterion = 'salaries';
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'criterion'],
    message: 'No criterion has the key "salaries". Use one of: equal-pay, careers.',
  },
  {
    rule: 'a maximum length is a whole number of at least 1',
    document: broken(campaign, (draft) => {
      draft.questions[1].maxLength = 0;
    }),
    path: (draft) => ['questions', keyOf(draft.questions, 1), 'maxLength'],
    message: 'The maximum length must be a whole number of at least 1.',
  },
  {
    rule: 'eligible municipalities are municipalities',
    document: broken(campaign, (draft) => {
      draft.eligibleMunicipalities.push({ _key: 'welfare', _type: 'reference', _ref: welfareArea._id });
    }),
    path: () => ['eligibleMunicipalities', { _key: 'welfare' }],
    message: 'Provområdet is not a municipality: only municipalities can be listed here.',
  },
  {
    rule: 'a period ends no earlier than it starts',
    document: broken(action, (draft) => {
      draft.period.end = '2024-12-31';
    }),
    path: () => ['period', 'end'],
    message: 'The end date cannot be before the start date.',
  },
  {
    rule: 'a coordinator is an organisation or a name, not both',
    document: broken(action, (draft) => {
      draft.coordinator.name = [
        { _key: 'sv', _type: 'internationalizedArrayStringValue', language: 'sv', value: 'X' },
      ];
    }),
    path: () => ['coordinator', 'organization'],
    message: 'Choose an organisation or write a name, not both.',
  },
  {
    rule: 'a round has at least one member seat',
    document: broken(nominationRound, (draft) => {
      draft.seats.members = 0;
    }),
    path: () => ['seats', 'members'],
    message: 'Members must be a whole number of at least 1.',
  },
  {
    rule: 'deputy seats are not negative',
    document: broken(nominationRound, (draft) => {
      draft.seats.deputies = -1;
    }),
    path: () => ['seats', 'deputies'],
    message: 'Deputies must be a whole number of at least 0.',
  },
  {
    rule: 'a round addresses at least one organisation',
    document: broken(nominationRound, (draft) => {
      draft.organizations = [];
    }),
    path: () => ['organizations'],
    message: 'Address the round to at least one organisation.',
  },
  {
    rule: 'a round addresses each organisation once',
    document: broken(nominationRound, (draft) => {
      draft.organizations.push({ _key: 'again', _type: 'reference', _ref: municipality._id });
    }),
    path: () => ['organizations', { _key: 'again' }],
    message: 'Each organisation can be addressed only once.',
  },
  {
    rule: 'the majority language matches the language status',
    document: broken(municipality, (draft) => {
      draft.languageStatus = 'finnish';
    }),
    path: () => ['majorityLanguage'],
    message: 'The language status is "finnish", so the majority language must be Finnish (fi).',
  },
  {
    rule: 'municipalities and the welfare area have a nomination contact',
    document: broken(welfareArea, (draft) => {
      delete draft.nominationContact;
    }),
    path: () => ['nominationContact'],
    message:
      'Municipalities and the welfare area need a nomination contact: nomination requests are mailed to it.',
  },
  {
    rule: 'resource links are https',
    document: broken(informationPackage, (draft) => {
      draft.resources[0].url = 'ftp://files.example.org/course';
    }),
    path: (draft) => ['resources', keyOf(draft.resources, 0), 'url'],
    message: HTTPS_MESSAGE,
  },
  {
    rule: 'the award year has four digits',
    document: broken(campaign, (draft) => {
      draft.year = 27;
    }),
    path: () => ['year'],
    message: 'Give the award year as four digits, e.g. 2025.',
  },
  {
    rule: 'the site offers at least one language',
    document: broken(settings, (draft) => {
      draft.languages = [];
    }),
    path: () => ['languages'],
    message: 'Offer at least one language.',
  },
  {
    rule: 'the site lists each language once',
    document: broken(settings, (draft) => {
      draft.languages = ['sv', 'fi', 'sv'];
    }),
    path: () => ['languages', 2],
    message: 'Each language can be listed only once.',
  },
  {
    rule: 'retention periods are whole days',
    document: broken(settings, (draft) => {
      draft.retention.registrationDays = 0;
    }),
    path: () => ['retention', 'registrationDays'],
    message: 'Days to keep registrations must be a whole number of at least 1.',
  },
  {
    rule: 'the mail budget lets at least one mail through',
    document: broken(settings, (draft) => {
      draft.mailBudget = { perTenMinutes: 0, perDay: 20 };
    }),
    path: () => ['mailBudget', 'perTenMinutes'],
    message: 'Mails per ten minutes must be a whole number of at least 1.',
  },
];

describe('validation rules', () => {
  it.each(cases.map((testCase) => [testCase.rule, testCase] as const))(
    'fails when broken: %s',
    async (_rule, { document, path, message }) => {
      // Prepare: the other fixtures, so references and queries resolve
      const dataset = fixtures;

      // Act
      const errors = errorsOf(await validate(document, dataset));

      // Assess
      expect(errors).toContainEqual({
        level: 'error',
        path: pathToString(path(document as unknown as Draft)),
        message,
      });
    },
  );
});
