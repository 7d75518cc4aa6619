import { ClockIcon } from '@sanity/icons/Clock';
import { defineField, defineType } from 'sanity';
import { fresh, laterThan, requiredField } from '../validation';

/** A period of whole days, e.g. an action's period or a nomination round's term. */
export const dateRangeType = defineType({
  name: 'dateRange',
  title: 'Period',
  type: 'object',
  icon: ClockIcon,
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'start',
      title: 'Start',
      type: 'date',
      options: { dateFormat: 'D.M.YYYY' },
      validation: (rule) => requiredField(rule, 'Give the start date.'),
    }),
    defineField({
      name: 'end',
      title: 'End',
      type: 'date',
      options: { dateFormat: 'D.M.YYYY' },
      validation: (rule) => [
        ...requiredField(rule, 'Give the end date.'),
        fresh(rule).custom(
          laterThan('start', 'The end date cannot be before the start date.', { orEqual: true }),
        ),
      ],
    }),
  ],
  preview: {
    select: { start: 'start', end: 'end' },
    prepare: ({ start, end }) => ({
      title: `${start ?? '?'} – ${end ?? '?'}`,
      media: ClockIcon,
    }),
  },
});
