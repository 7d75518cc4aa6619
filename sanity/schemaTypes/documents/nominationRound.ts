import { UsersIcon } from '@sanity/icons/Users';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { formatHelsinki } from '../format';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { requiredField, requireLanguages } from '../validation';

/**
 * A request to organisations (municipalities, the welfare area) to nominate members and deputies. Each
 * addressed organisation gets its own nomination request with a secret link; answers live outside Sanity.
 */
export const nominationRoundType = defineType({
  name: 'nominationRound',
  title: 'Nomination round',
  type: 'document',
  icon: UsersIcon,
  groups: [
    { name: 'request', title: 'Request', default: true },
    { name: 'addressees', title: 'Organisations' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: LOCALIZED_STRING,
      group: 'request',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'instructions',
      title: 'Instructions',
      type: LOCALIZED_TEXT,
      group: 'request',
      description: 'What the organisation is asked to do; shown on the nomination page and in the mail.',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'deadline',
      title: 'Deadline',
      type: 'datetime',
      group: 'request',
      validation: (rule) => requiredField(rule, 'Give the deadline for nominations.'),
    }),
    defineField({
      name: 'seats',
      title: 'Seats per organisation',
      type: 'seats',
      group: 'request',
      validation: (rule) =>
        requiredField(rule, 'Give how many members and deputies each organisation names.'),
    }),
    defineField({
      name: 'term',
      title: 'Term',
      type: 'dateRange',
      group: 'request',
      validation: (rule) => requiredField(rule, 'Give the term of office (start and end date).'),
    }),
    defineField({
      name: 'askBothGenders',
      title: 'Ask for both a woman and a man for each seat',
      type: 'boolean',
      group: 'request',
      initialValue: true,
      description:
        'Recommended (cf. the Equality Act 609/1986, 4 a §): the 40 % balance is shown for members and deputies.',
    }),
    defineField({
      name: 'isExample',
      title: 'Example content',
      type: 'boolean',
      group: 'request',
      initialValue: false,
      description: 'Demo content: never sent to the organisations.',
    }),
    defineField({
      name: 'organizations',
      title: 'Addressed organisations',
      type: 'array',
      group: 'addressees',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organization' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Address the round to at least one organisation.'),
        rule.unique().error('Each organisation can be addressed only once.'),
      ],
    }),
  ],
  orderings: [
    { title: 'Deadline, latest first', name: 'deadlineDesc', by: [{ field: 'deadline', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'title', deadline: 'deadline', isExample: 'isExample', organizations: 'organizations' },
    prepare: ({ title, deadline, isExample, organizations }) => ({
      title: localizedText(title) ?? 'Untitled nomination round',
      subtitle: [
        isExample && 'Example',
        typeof deadline === 'string' && `deadline ${formatHelsinki(deadline)}`,
        Array.isArray(organizations) && `${organizations.length} organisations`,
      ]
        .filter(Boolean)
        .join(' · '),
      media: UsersIcon,
    }),
  },
});
