import { CalendarIcon } from '@sanity/icons/Calendar';
import { type CustomValidator, defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { formatHelsinki } from '../format';
import {
  LOCALIZED_RICH_TEXT,
  LOCALIZED_STRING,
  LOCALIZED_TEXT,
  type LocalizedItem,
  previewText,
} from '../localization';
import { titleAndSlugFields } from '../slug';
import {
  earlierThan,
  fresh,
  httpsLink,
  laterThan,
  notLaterThan,
  requiredField,
  requireLanguages,
  wholeNumberAtLeast,
} from '../validation';

export const EVENT_KINDS = [
  { value: 'planningMeeting', title: 'option.eventKind.planningMeeting' },
  { value: 'networkMeeting', title: 'option.eventKind.networkMeeting' },
  { value: 'webinar', title: 'option.eventKind.webinar' },
  { value: 'seminar', title: 'option.eventKind.seminar' },
  { value: 'roundTable', title: 'option.eventKind.roundTable' },
  { value: 'quickDialogue', title: 'option.eventKind.quickDialogue' },
] as const satisfies readonly { value: string; title: MessageKey }[];

export const EVENT_MODES = [
  { value: 'onsite', title: 'option.eventMode.onsite' },
  { value: 'online', title: 'option.eventMode.online' },
  { value: 'hybrid', title: 'option.eventMode.hybrid' },
] as const satisfies readonly { value: string; title: MessageKey }[];

function modeOf(document: unknown): string | undefined {
  return (document as { mode?: string } | undefined)?.mode;
}

const placeForOnsite =
  (t: Translate): CustomValidator<LocalizedItem[] | undefined> =>
  (value, context) => {
    const mode = modeOf(context.document);
    if (mode !== 'onsite' && mode !== 'hybrid') return true;
    if (!value || value.length === 0) {
      return t(mode === 'onsite' ? 'validation.event.placeOnsite' : 'validation.event.placeHybrid');
    }
    return requireLanguages(t)(value, context);
  };

const linkForOnline =
  (t: Translate): CustomValidator<string | undefined> =>
  (value, context) => {
    const mode = modeOf(context.document);
    if (mode !== 'online' && mode !== 'hybrid') return true;
    return value
      ? true
      : t(mode === 'online' ? 'validation.event.linkOnline' : 'validation.event.linkHybrid');
  };

export const eventType = (t: Translate) =>
  defineType({
    name: 'event',
    title: t('event.title'),
    type: 'document',
    icon: CalendarIcon,
    groups: [
      { name: 'details', title: t('group.details'), default: true },
      { name: 'time', title: t('event.group.time') },
      { name: 'registration', title: t('event.group.registration') },
    ],
    fields: [
      ...titleAndSlugFields(t, 'details'),
      defineField({
        name: 'kind',
        title: t('common.kind'),
        type: 'string',
        group: 'details',
        options: { list: EVENT_KINDS.map(({ value, title }) => ({ value, title: t(title) })) },
        validation: (rule) => requiredField(rule, t('validation.event.kind')),
      }),
      defineField({
        name: 'focusArea',
        title: t('common.focusArea'),
        type: 'reference',
        group: 'details',
        to: [{ type: 'focusArea' }],
      }),
      defineField({
        name: 'description',
        title: t('common.description'),
        description: t('common.plainText.description'),
        type: LOCALIZED_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'body',
        title: t('common.body'),
        description: t('common.richText.description'),
        type: LOCALIZED_RICH_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        type: 'boolean',
        group: 'details',
        initialValue: false,
        description: t('common.isExample.description'),
      }),
      defineField({
        name: 'startsAt',
        title: t('event.startsAt'),
        type: 'datetime',
        group: 'time',
        validation: (rule) => requiredField(rule, t('validation.event.startsAt')),
      }),
      defineField({
        name: 'endsAt',
        title: t('event.endsAt'),
        type: 'datetime',
        group: 'time',
        validation: (rule) => [
          ...requiredField(rule, t('validation.event.endsAt')),
          fresh(rule).custom(laterThan('startsAt', t('validation.event.order'))),
        ],
      }),
      defineField({
        name: 'mode',
        title: t('event.mode'),
        type: 'string',
        group: 'time',
        initialValue: 'onsite',
        options: {
          list: EVENT_MODES.map(({ value, title }) => ({ value, title: t(title) })),
          layout: 'radio',
          direction: 'horizontal',
        },
        validation: (rule) => requiredField(rule, t('validation.event.mode')),
      }),
      defineField({
        name: 'place',
        title: t('event.place'),
        type: LOCALIZED_STRING,
        group: 'time',
        description: t('event.place.description'),
        hidden: ({ document }) => modeOf(document) === 'online',
        validation: (rule) => rule.custom(placeForOnsite(t)),
      }),
      defineField({
        name: 'onlineUrl',
        title: t('event.onlineUrl'),
        type: 'url',
        group: 'time',
        description: t('event.onlineUrl.description'),
        hidden: ({ document }) => modeOf(document) === 'onsite',
        validation: (rule) => [httpsLink(rule, t), fresh(rule).custom(linkForOnline(t))],
      }),
      defineField({
        name: 'capacity',
        title: t('event.capacity'),
        type: 'number',
        group: 'registration',
        description: t('event.capacity.description'),
        validation: (rule) => wholeNumberAtLeast(rule.required(), t, 'validation.event.capacity', 1),
      }),
      defineField({
        name: 'waitlist',
        title: t('event.waitlist'),
        type: 'boolean',
        group: 'registration',
        initialValue: false,
      }),
      defineField({
        name: 'requireEmailConfirmation',
        title: t('event.requireEmailConfirmation'),
        type: 'boolean',
        group: 'registration',
        initialValue: false,
        description: t('event.requireEmailConfirmation.description'),
      }),
      defineField({
        name: 'registrationOpensAt',
        title: t('event.registrationOpensAt'),
        type: 'datetime',
        group: 'registration',
        validation: (rule) => [
          ...requiredField(rule, t('validation.event.registrationOpensAt')),
          fresh(rule).custom(earlierThan('registrationClosesAt', t('validation.event.registrationOrder'))),
        ],
      }),
      defineField({
        name: 'registrationClosesAt',
        title: t('event.registrationClosesAt'),
        type: 'datetime',
        group: 'registration',
        validation: (rule) => [
          ...requiredField(rule, t('validation.event.registrationClosesAt')),
          fresh(rule).custom(notLaterThan('endsAt', t('validation.event.registrationBeforeEnd'))),
        ],
      }),
      defineField({
        name: 'cancelled',
        title: t('event.cancelled'),
        type: 'boolean',
        group: 'registration',
        initialValue: false,
        description: t('event.cancelled.description'),
      }),
      defineField({
        name: 'cancellationReason',
        title: t('event.cancellationReason'),
        type: LOCALIZED_TEXT,
        group: 'registration',
        description: t('event.cancellationReason.description'),
        hidden: ({ document }) => document?.cancelled !== true,
      }),
    ],
    orderings: [
      {
        title: t('ordering.startsAtDesc'),
        name: 'startsAtDesc',
        by: [{ field: 'startsAt', direction: 'desc' }],
      },
      {
        title: t('ordering.startsAtAsc'),
        name: 'startsAtAsc',
        by: [{ field: 'startsAt', direction: 'asc' }],
      },
    ],
    preview: {
      select: { title: 'title', startsAt: 'startsAt', kind: 'kind', isExample: 'isExample' },
      prepare: ({ title, startsAt, kind, isExample }) => {
        const kindTitle = EVENT_KINDS.find((candidate) => candidate.value === kind)?.title;
        return {
          title: previewText(title, t) ?? t('preview.untitled.event'),
          subtitle: [
            isExample && t('preview.example'),
            typeof startsAt === 'string' && formatHelsinki(startsAt),
            kindTitle && t(kindTitle),
          ]
            .filter(Boolean)
            .join(' · '),
          media: CalendarIcon,
        };
      },
    },
  });
