import { CogIcon } from '@sanity/icons/Cog';
import { defineField, defineType } from 'sanity';
import { LANGUAGE_OPTIONS, LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { fresh, requiredField, requireLanguages, wholeNumberAtLeast } from '../validation';

/** The one settings document (_id "settings"), edited through the structure; it cannot be created or deleted. */
export const SETTINGS_ID = 'settings';

export const settingsType = defineType({
  name: 'settings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'network', title: 'Network', default: true },
    { name: 'privacy', title: 'Privacy and accessibility' },
    { name: 'retention', title: 'Retention' },
    { name: 'mail', title: 'Mail' },
  ],
  fields: [
    defineField({
      name: 'networkName',
      title: 'Name of the network',
      type: LOCALIZED_STRING,
      group: 'network',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'region',
      title: 'Region',
      type: LOCALIZED_STRING,
      group: 'network',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'languages',
      title: 'Languages offered',
      type: 'array',
      group: 'network',
      description: 'Languages of the public pages, forms and mail.',
      of: [{ type: 'string' }],
      options: { list: LANGUAGE_OPTIONS, layout: 'grid' },
      validation: (rule) => [
        rule,
        fresh(rule).required().min(1).error('Offer at least one language.'),
        fresh(rule).unique().error('Each language can be listed only once.'),
      ],
    }),
    defineField({
      name: 'contactEmail',
      title: 'Contact email',
      type: 'email',
      group: 'network',
      description: 'Shown on the public pages and used as the reply address of mail.',
      validation: (rule) => requiredField(rule, 'Give the contact email address of the network.'),
    }),
    defineField({
      name: 'privacyNotice',
      title: 'Privacy notice',
      type: LOCALIZED_TEXT,
      group: 'privacy',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'accessibilityStatement',
      title: 'Accessibility statement',
      type: LOCALIZED_TEXT,
      group: 'privacy',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'retention',
      title: 'Retention of personal data',
      type: 'retentionPolicy',
      group: 'retention',
      validation: (rule) => requiredField(rule, 'Set how long personal data is kept.'),
    }),
    defineField({
      name: 'mailBudget',
      title: 'Mail budget per address',
      type: 'object',
      group: 'mail',
      description:
        'At most this many mails go to one address, so nobody can use the forms to flood someone else. Empty: 3 per ten minutes, 20 per day.',
      fields: [
        defineField({
          name: 'perTenMinutes',
          title: 'Mails per ten minutes',
          type: 'number',
          initialValue: 3,
          validation: (rule) => wholeNumberAtLeast(rule, 'Mails per ten minutes', 1),
        }),
        defineField({
          name: 'perDay',
          title: 'Mails per day',
          type: 'number',
          initialValue: 20,
          validation: (rule) => wholeNumberAtLeast(rule, 'Mails per day', 1),
        }),
      ],
    }),
  ],
  preview: {
    select: { networkName: 'networkName' },
    prepare: ({ networkName }) => ({ title: localizedText(networkName) ?? 'Settings', media: CogIcon }),
  },
});
