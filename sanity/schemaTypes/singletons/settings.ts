import { CogIcon } from '@sanity/icons/Cog';
import { type CustomValidator, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, languageOptions, previewText } from '../localization';
import {
  brandColour,
  fresh,
  requiredField,
  requireLanguages,
  svgLogo,
  wholeNumberAtLeast,
} from '../validation';

/** The one settings document (_id "settings"), edited through the structure; it cannot be created or deleted. */
export const SETTINGS_ID = 'settings';

/** The public site's address: https, or http on this machine while developing (http://localhost:3000). */
const siteAddress =
  (t: Translate): CustomValidator<string | undefined> =>
  (value) => {
    if (!value) return true;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return t('validation.settings.publicBaseUrl');
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    const scheme = url.protocol === 'https:' || (local && url.protocol === 'http:');
    const bare = url.pathname === '/' && url.search === '' && url.hash === '' && !value.endsWith('/');
    return scheme && bare && !url.username && !url.password ? true : t('validation.settings.publicBaseUrl');
  };

export const settingsType = (t: Translate) =>
  defineType({
    name: 'settings',
    title: t('settings.title'),
    type: 'document',
    icon: CogIcon,
    groups: [
      { name: 'network', title: t('settings.group.network'), default: true },
      { name: 'identity', title: t('settings.group.identity') },
      { name: 'privacy', title: t('settings.group.privacy') },
      { name: 'retention', title: t('retentionPolicy.title') },
      { name: 'mail', title: t('settings.group.mail') },
      { name: 'surveys', title: t('structure.surveys') },
    ],
    fields: [
      defineField({
        name: 'networkName',
        title: t('settings.networkName'),
        type: LOCALIZED_STRING,
        group: 'network',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'region',
        title: t('settings.region'),
        type: LOCALIZED_STRING,
        group: 'network',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'languages',
        title: t('settings.languages'),
        type: 'array',
        group: 'network',
        description: t('settings.languages.description'),
        of: [{ type: 'string', title: t('settings.language') }],
        options: { list: languageOptions(t), layout: 'grid' },
        validation: (rule) => [
          rule,
          fresh(rule).required().min(1).error(t('validation.settings.noLanguages')),
          fresh(rule).unique().error(t('validation.settings.languageTwice')),
        ],
      }),
      defineField({
        name: 'contactEmail',
        title: t('settings.contactEmail'),
        type: 'email',
        group: 'network',
        description: t('settings.contactEmail.description'),
        validation: (rule) => requiredField(rule, t('validation.settings.contactEmail')),
      }),
      defineField({
        name: 'publicBaseUrl',
        title: t('settings.publicBaseUrl'),
        type: 'url',
        group: 'network',
        description: t('settings.publicBaseUrl.description'),
        // Replaces the url type's own check, which would allow http anywhere.
        validation: (rule) => fresh(rule).custom(siteAddress(t)),
      }),
      defineField({
        name: 'tagline',
        title: t('settings.tagline'),
        type: LOCALIZED_STRING,
        group: 'identity',
        description: t('settings.tagline.description'),
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'introduction',
        title: t('settings.introduction'),
        type: LOCALIZED_TEXT,
        group: 'identity',
        description: t('settings.introduction.description'),
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'logo',
        title: t('settings.logo'),
        type: 'text',
        group: 'identity',
        rows: 6,
        description: t('settings.logo.description'),
        validation: (rule) => rule.custom(svgLogo(t)),
      }),
      defineField({
        name: 'brandColour',
        title: t('settings.brandColour'),
        type: 'string',
        group: 'identity',
        description: t('settings.brandColour.description'),
        validation: (rule) => rule.custom(brandColour(t)),
      }),
      defineField({
        name: 'privacyNotice',
        title: t('settings.privacyNotice'),
        type: LOCALIZED_TEXT,
        group: 'privacy',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'accessibilityStatement',
        title: t('settings.accessibilityStatement'),
        type: LOCALIZED_TEXT,
        group: 'privacy',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'retention',
        title: t('settings.retention'),
        type: 'retentionPolicy',
        group: 'retention',
        validation: (rule) => requiredField(rule, t('validation.settings.retention')),
      }),
      defineField({
        name: 'mailBudget',
        title: t('settings.mailBudget'),
        type: 'object',
        group: 'mail',
        description: t('settings.mailBudget.description'),
        fields: [
          defineField({
            name: 'perTenMinutes',
            title: t('settings.mailBudget.perTenMinutes'),
            type: 'number',
            initialValue: 3,
            validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.mailBudget.perTenMinutes', 1),
          }),
          defineField({
            name: 'perDay',
            title: t('settings.mailBudget.perDay'),
            type: 'number',
            initialValue: 20,
            validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.mailBudget.perDay', 1),
          }),
        ],
      }),
      defineField({
        name: 'surveys',
        title: t('structure.surveys'),
        type: 'object',
        group: 'surveys',
        description: t('settings.surveys.description'),
        fields: [
          defineField({
            name: 'minAnswers',
            title: t('settings.surveys.minAnswers'),
            type: 'number',
            initialValue: 5,
            description: t('settings.surveys.minAnswers.description'),
            validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.surveys.minAnswers', 1),
          }),
          defineField({
            name: 'sendAfterHours',
            title: t('settings.surveys.sendAfterHours'),
            type: 'number',
            initialValue: 24,
            validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.surveys.sendAfterHours', 0),
          }),
          defineField({
            name: 'answerDays',
            title: t('settings.surveys.answerDays'),
            type: 'number',
            initialValue: 730,
            description: t('settings.surveys.answerDays.description'),
            validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.surveys.answerDays', 1),
          }),
        ],
      }),
      defineField({
        name: 'reminderHoursBefore',
        title: t('settings.reminderHoursBefore'),
        type: 'number',
        group: 'mail',
        initialValue: 24,
        description: t('settings.reminderHoursBefore.description'),
        validation: (rule) => [
          wholeNumberAtLeast(rule, t, 'validation.settings.reminderHoursBefore', 1),
          fresh(rule).max(336).error(t('validation.settings.reminderHoursBeforeMax')),
        ],
      }),
      defineField({
        name: 'affiliationFollowUpMonth',
        title: t('settings.affiliationFollowUpMonth'),
        description: t('settings.affiliationFollowUpMonth.description'),
        type: 'number',
        group: 'mail',
        validation: (rule) =>
          rule.integer().min(1).max(12).error(t('validation.settings.affiliationFollowUpMonth')),
      }),
    ],
    // A singleton is never listed, so it needs no sort menu (Sanity would guess one from its fields).
    orderings: [],
    preview: {
      select: { networkName: 'networkName' },
      prepare: ({ networkName }) => ({
        title: previewText(networkName, t) ?? t('settings.title'),
        media: CogIcon,
      }),
    },
  });
