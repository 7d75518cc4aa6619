import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { fresh, httpsLink, requireLanguages } from '../validation';

/** A titled link to a page elsewhere, e.g. a method's background material. */
export const webLinkType = (t: Translate) =>
  defineType({
    name: 'webLink',
    title: t('common.link'),
    type: 'object',
    icon: LinkIcon,
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'url',
        title: t('common.webAddress'),
        type: 'url',
        validation: (rule) => [
          httpsLink(rule, t),
          fresh(rule).required().error(t('validation.webLink.missing')),
        ],
      }),
    ],
    preview: {
      select: { title: 'title', url: 'url' },
      prepare: ({ title, url }) => ({
        title: previewText(title, t) ?? url ?? t('common.link'),
        subtitle: url,
        media: LinkIcon,
      }),
    },
  });
