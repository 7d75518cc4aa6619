import { BlockContentIcon } from '@sanity/icons/BlockContent';
import { LaunchIcon } from '@sanity/icons/Launch';
import { LinkIcon } from '@sanity/icons/Link';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { PUBLIC_PAGE_SECTIONS } from '../../actions/publicPage';
import type { Translate } from '../../i18n';
import { fresh, requiredField } from '../validation';

/** Document types with a public page, which rich text can link to (and "Open on the site" opens). */
export const LINKABLE_TYPES = Object.keys(PUBLIC_PAGE_SECTIONS) as (keyof typeof PUBLIC_PAGE_SECTIONS)[];

/** Schemes an external link may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Rich text (Portable Text) for the body of information packages and their sections, events, campaigns and
 * methods: paragraphs, headings h2–h4, bullet and numbered lists, strong and emphasis, links (http, https,
 * mailto), links to other documents, images with alt text and files. Localised as `internationalizedArrayRichText`
 * (one block array per language); h1 is the page title, so the text starts at h2.
 */
export const richTextType = (t: Translate) =>
  defineType({
    name: 'richText',
    title: t('richText.title'),
    type: 'array',
    icon: BlockContentIcon,
    of: [
      defineArrayMember({
        type: 'block',
        title: t('common.text'),
        styles: [
          { title: t('richText.style.normal'), value: 'normal' },
          { title: t('richText.style.h2'), value: 'h2' },
          { title: t('richText.style.h3'), value: 'h3' },
          { title: t('richText.style.h4'), value: 'h4' },
        ],
        lists: [
          { title: t('richText.list.bullet'), value: 'bullet' },
          { title: t('richText.list.number'), value: 'number' },
        ],
        marks: {
          decorators: [
            { title: t('richText.decorator.strong'), value: 'strong' },
            { title: t('richText.decorator.em'), value: 'em' },
          ],
          annotations: [
            defineArrayMember({
              name: 'link',
              type: 'object',
              title: t('common.link'),
              icon: LinkIcon,
              fields: [
                defineField({
                  name: 'href',
                  title: t('richText.link.href'),
                  description: t('richText.link.href.description'),
                  type: 'url',
                  // The url type's own check allows http and https only; this one replaces it.
                  validation: (rule) => [
                    rule.uri({ scheme: [...LINK_SCHEMES] }).error(t('validation.link.scheme')),
                    fresh(rule).required().error(t('validation.link.missing')),
                  ],
                }),
              ],
            }),
            defineArrayMember({
              name: 'internalLink',
              type: 'object',
              title: t('richText.internalLink'),
              icon: LaunchIcon,
              fields: [
                defineField({
                  name: 'reference',
                  title: t('richText.internalLink.reference'),
                  description: t('richText.internalLink.reference.description'),
                  type: 'reference',
                  to: LINKABLE_TYPES.map((type) => ({ type })),
                  validation: (rule) => requiredField(rule, t('validation.internalLink.missing')),
                }),
              ],
            }),
          ],
        },
      }),
      defineArrayMember({ type: 'figure' }),
      defineArrayMember({ type: 'attachment' }),
    ],
  });
