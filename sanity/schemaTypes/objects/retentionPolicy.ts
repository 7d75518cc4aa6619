import { ArchiveIcon } from '@sanity/icons/Archive';
import { defineField, defineType } from 'sanity';
import { fresh, wholeNumberAtLeast } from '../validation';

/** How long submitted personal data is kept. The operational store sets its TTLs from these. */
export const retentionPolicyType = defineType({
  name: 'retentionPolicy',
  title: 'Retention',
  type: 'object',
  icon: ArchiveIcon,
  fields: [
    defineField({
      name: 'registrationDays',
      title: 'Event registrations: days after the event',
      type: 'number',
      initialValue: 90,
      description: 'Dietary and accessibility needs are deleted right after the event regardless.',
      validation: (rule) => wholeNumberAtLeast(rule.required(), 'Days to keep registrations', 1),
    }),
    defineField({
      name: 'applicationDays',
      title: 'Campaign applications: days after the campaign closes',
      type: 'number',
      initialValue: 365,
      validation: (rule) => wholeNumberAtLeast(rule.required(), 'Days to keep applications', 1),
    }),
    defineField({
      name: 'seatHoldHours',
      title: 'Obekräftade platser: timmar de hålls',
      type: 'number',
      initialValue: 2,
      description:
        'För evenemang med bekräftelse via e-post: så länge hålls platsen innan den går till nästa i kön.',
      validation: (rule) => [
        wholeNumberAtLeast(rule, 'Hours a seat is held', 1),
        fresh(rule).max(72).error('A seat can be held at most 72 hours.'),
      ],
    }),
    defineField({
      name: 'membershipInactiveDays',
      title: 'Network memberships: days of inactivity before removal',
      type: 'number',
      description: 'Leave empty to keep a membership until the person leaves the network.',
      validation: (rule) => wholeNumberAtLeast(rule, 'Days of inactivity', 1),
    }),
  ],
  preview: {
    select: { registrationDays: 'registrationDays', applicationDays: 'applicationDays' },
    prepare: ({ registrationDays, applicationDays }) => ({
      title: `Registrations ${registrationDays ?? '?'} d, applications ${applicationDays ?? '?'} d`,
      media: ArchiveIcon,
    }),
  },
});
