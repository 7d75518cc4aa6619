import { ClockIcon } from '@sanity/icons/Clock';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { fresh, laterThan, requiredField } from '../validation';

/** A period of whole days, e.g. an action's period or a nomination round's term. */
export const dateRangeType = (t: Translate) =>
  defineType({
    name: 'dateRange',
    title: t('common.period'),
    type: 'object',
    icon: ClockIcon,
    options: { columns: 2 },
    fields: [
      defineField({
        name: 'start',
        title: t('dateRange.start'),
        type: 'date',
        options: { dateFormat: 'D.M.YYYY' },
        validation: (rule) => requiredField(rule, t('validation.dateRange.start')),
      }),
      defineField({
        name: 'end',
        title: t('dateRange.end'),
        type: 'date',
        options: { dateFormat: 'D.M.YYYY' },
        validation: (rule) => [
          ...requiredField(rule, t('validation.dateRange.end')),
          fresh(rule).custom(laterThan('start', t('validation.dateRange.order'), { orEqual: true })),
        ],
      }),
    ],
    preview: {
      select: { start: 'start', end: 'end' },
      prepare: ({ start, end }) => ({ title: `${start ?? '?'} – ${end ?? '?'}`, media: ClockIcon }),
    },
  });
