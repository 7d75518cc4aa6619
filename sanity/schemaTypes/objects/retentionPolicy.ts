import { ArchiveIcon } from '@sanity/icons/Archive';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { fresh, wholeNumberAtLeast } from '../validation';

/** How long submitted personal data is kept. The operational store sets its TTLs from these. */
export const retentionPolicyType = (t: Translate) =>
  defineType({
    name: 'retentionPolicy',
    title: t('retentionPolicy.title'),
    type: 'object',
    icon: ArchiveIcon,
    fields: [
      defineField({
        name: 'registrationDays',
        title: t('retentionPolicy.registrationDays'),
        type: 'number',
        initialValue: 90,
        description: t('retentionPolicy.registrationDays.description'),
        validation: (rule) =>
          wholeNumberAtLeast(rule.required(), t, 'validation.retention.registrationDays', 1),
      }),
      defineField({
        name: 'applicationDays',
        title: t('retentionPolicy.applicationDays'),
        type: 'number',
        initialValue: 365,
        validation: (rule) =>
          wholeNumberAtLeast(rule.required(), t, 'validation.retention.applicationDays', 1),
      }),
      defineField({
        name: 'seatHoldHours',
        title: t('retentionPolicy.seatHoldHours'),
        type: 'number',
        initialValue: 2,
        description: t('retentionPolicy.seatHoldHours.description'),
        validation: (rule) => [
          wholeNumberAtLeast(rule, t, 'validation.retention.seatHoldHours', 1),
          fresh(rule).max(72).error(t('validation.retention.seatHoldHoursMax')),
        ],
      }),
      defineField({
        name: 'membershipInactiveDays',
        title: t('retentionPolicy.membershipInactiveDays'),
        type: 'number',
        description: t('retentionPolicy.membershipInactiveDays.description'),
        validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.retention.membershipInactiveDays', 1),
      }),
      defineField({
        name: 'affiliationDays',
        title: t('retentionPolicy.affiliationDays'),
        type: 'number',
        description: t('retentionPolicy.affiliationDays.description'),
        validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.retention.affiliationDays', 1),
      }),
    ],
    preview: {
      select: { registrationDays: 'registrationDays', applicationDays: 'applicationDays' },
      prepare: ({ registrationDays, applicationDays }) => ({
        title: t('preview.retention', {
          registrationDays: registrationDays ?? '?',
          applicationDays: applicationDays ?? '?',
        }),
        media: ArchiveIcon,
      }),
    },
  });
