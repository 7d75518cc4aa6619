import { CalendarIcon } from '@sanity/icons/Calendar';
import { type CustomValidator, defineField, defineType } from 'sanity';
import { formatHelsinki } from '../format';
import { LOCALIZED_STRING, LOCALIZED_TEXT, type LocalizedItem, localizedText } from '../localization';
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
  { value: 'planningMeeting', title: 'Planning meeting' },
  { value: 'networkMeeting', title: 'Network meeting' },
  { value: 'webinar', title: 'Webinar' },
  { value: 'seminar', title: 'Seminar' },
  { value: 'roundTable', title: 'Round-table discussion' },
  { value: 'quickDialogue', title: 'Quick dialogue' },
] as const;

export const EVENT_MODES = [
  { value: 'onsite', title: 'On site' },
  { value: 'online', title: 'Online' },
  { value: 'hybrid', title: 'Hybrid' },
] as const;

function modeOf(document: unknown): string | undefined {
  return (document as { mode?: string } | undefined)?.mode;
}

const placeForOnsite: CustomValidator<LocalizedItem[] | undefined> = (value, context) => {
  const mode = modeOf(context.document);
  if (mode !== 'onsite' && mode !== 'hybrid') return true;
  if (!value || value.length === 0) {
    return `A${mode === 'onsite' ? 'n on-site' : ' hybrid'} event needs a place: give it in Swedish (sv) and Finnish (fi).`;
  }
  return requireLanguages()(value, context);
};

const linkForOnline: CustomValidator<string | undefined> = (value, context) => {
  const mode = modeOf(context.document);
  if (mode !== 'online' && mode !== 'hybrid') return true;
  return value
    ? true
    : `A${mode === 'online' ? 'n online' : ' hybrid'} event needs an online link (https://...).`;
};

export const eventType = defineType({
  name: 'event',
  title: 'Event',
  type: 'document',
  icon: CalendarIcon,
  groups: [
    { name: 'details', title: 'Details', default: true },
    { name: 'time', title: 'Time and place' },
    { name: 'registration', title: 'Registration' },
  ],
  fields: [
    ...titleAndSlugFields('details'),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      group: 'details',
      options: { list: [...EVENT_KINDS] },
      validation: (rule) => requiredField(rule, 'Choose the kind of event, e.g. webinar.'),
    }),
    defineField({
      name: 'focusArea',
      title: 'Focus area',
      type: 'reference',
      group: 'details',
      to: [{ type: 'focusArea' }],
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: LOCALIZED_TEXT,
      group: 'details',
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'isExample',
      title: 'Example content',
      type: 'boolean',
      group: 'details',
      initialValue: false,
      description: 'Demo content: shown with an "Example" marker, never announced.',
    }),
    defineField({
      name: 'startsAt',
      title: 'Starts',
      type: 'datetime',
      group: 'time',
      validation: (rule) => requiredField(rule, 'Give the start date and time.'),
    }),
    defineField({
      name: 'endsAt',
      title: 'Ends',
      type: 'datetime',
      group: 'time',
      validation: (rule) => [
        ...requiredField(rule, 'Give the end date and time.'),
        fresh(rule).custom(laterThan('startsAt', 'The event must end after it starts.')),
      ],
    }),
    defineField({
      name: 'mode',
      title: 'Mode',
      type: 'string',
      group: 'time',
      initialValue: 'onsite',
      options: { list: [...EVENT_MODES], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => requiredField(rule, 'Choose whether the event is on site, online or hybrid.'),
    }),
    defineField({
      name: 'place',
      title: 'Place',
      type: LOCALIZED_STRING,
      group: 'time',
      description: 'Venue and town, e.g. "Vasa, Academill".',
      hidden: ({ document }) => modeOf(document) === 'online',
      validation: (rule) => rule.custom(placeForOnsite),
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Online link',
      type: 'url',
      group: 'time',
      description: 'Sent to registered participants.',
      hidden: ({ document }) => modeOf(document) === 'onsite',
      validation: (rule) => [httpsLink(rule), fresh(rule).custom(linkForOnline)],
    }),
    defineField({
      name: 'capacity',
      title: 'Capacity',
      type: 'number',
      group: 'registration',
      description: 'How many participants can register.',
      validation: (rule) => wholeNumberAtLeast(rule.required(), 'The capacity', 1),
    }),
    defineField({
      name: 'waitlist',
      title: 'Waiting list when full',
      type: 'boolean',
      group: 'registration',
      initialValue: false,
    }),
    defineField({
      name: 'registrationOpensAt',
      title: 'Registration opens',
      type: 'datetime',
      group: 'registration',
      validation: (rule) => [
        ...requiredField(rule, 'Give the time registration opens.'),
        fresh(rule).custom(earlierThan('registrationClosesAt', 'Registration must open before it closes.')),
      ],
    }),
    defineField({
      name: 'registrationClosesAt',
      title: 'Registration closes',
      type: 'datetime',
      group: 'registration',
      validation: (rule) => [
        ...requiredField(rule, 'Give the time registration closes.'),
        fresh(rule).custom(notLaterThan('endsAt', 'Registration must close no later than the event ends.')),
      ],
    }),
    defineField({
      name: 'cancelled',
      title: 'Cancelled',
      type: 'boolean',
      group: 'registration',
      initialValue: false,
      description:
        'The event will not take place: it stays listed as cancelled and takes no more registrations. Tell the ' +
        'registered people yourself.',
    }),
  ],
  orderings: [
    { title: 'Start, newest first', name: 'startsAtDesc', by: [{ field: 'startsAt', direction: 'desc' }] },
    { title: 'Start, oldest first', name: 'startsAtAsc', by: [{ field: 'startsAt', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', startsAt: 'startsAt', kind: 'kind', isExample: 'isExample' },
    prepare: ({ title, startsAt, kind, isExample }) => ({
      title: localizedText(title) ?? 'Untitled event',
      subtitle: [
        isExample && 'Example',
        typeof startsAt === 'string' && formatHelsinki(startsAt),
        EVENT_KINDS.find((candidate) => candidate.value === kind)?.title,
      ]
        .filter(Boolean)
        .join(' · '),
      media: CalendarIcon,
    }),
  },
});
