import { CogIcon } from '@sanity/icons/Cog';
import { defineField, defineType } from 'sanity';
import { LANGUAGE_OPTIONS, LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { brandColour, fresh, requiredField, requireLanguages, svgLogo } from '../validation';

/** The one settings document (_id "settings"), edited through the structure; it cannot be created or deleted. */
export const SETTINGS_ID = 'settings';

export const settingsType = defineType({
  name: 'settings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'network', title: 'Network', default: true },
    { name: 'identity', title: 'Identity' },
    { name: 'privacy', title: 'Privacy and accessibility' },
    { name: 'retention', title: 'Retention' },
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
      name: 'tagline',
      title: 'Heading of the home page',
      type: LOCALIZED_STRING,
      group: 'identity',
      description: 'One line saying what the network is for, e.g. "Together for equality in Ostrobothnia".',
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'introduction',
      title: 'Introduction',
      type: LOCALIZED_TEXT,
      group: 'identity',
      description: 'A few sentences on the home page under the heading. A blank line starts a new paragraph.',
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'logo',
      title: 'Logo (SVG)',
      type: 'text',
      group: 'identity',
      rows: 6,
      description:
        'The logo as SVG markup (open the .svg file in a text editor and paste its content). Shown beside the ' +
        'name in the header; it should read well on a white square. No scripts, links or external images.',
      validation: (rule) => rule.custom(svgLogo),
    }),
    defineField({
      name: 'brandColour',
      title: 'Brand colour',
      type: 'string',
      group: 'identity',
      description:
        'The colour of the header, buttons and links, as #rrggbb. White text must be readable on it (a contrast ' +
        'of at least 4.5:1, WCAG 2.1 AA): light colours are refused.',
      validation: (rule) => rule.custom(brandColour),
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
  ],
  preview: {
    select: { networkName: 'networkName' },
    prepare: ({ networkName }) => ({ title: localizedText(networkName) ?? 'Settings', media: CogIcon }),
  },
});
