import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { languageOptions } from '../localization';
import { requiredField } from '../validation';

/** Where an organisation's nomination requests go: a role address, best (no personal data needed). */
export const nominationContactType = (t: Translate) =>
  defineType({
    name: 'nominationContact',
    title: t('nominationContact.title'),
    type: 'object',
    icon: EnvelopeIcon,
    fields: [
      defineField({
        name: 'name',
        title: t('nominationContact.name'),
        type: 'string',
        description: t('nominationContact.name.description'),
        validation: (rule) => requiredField(rule, t('validation.nominationContact.name')),
      }),
      defineField({
        name: 'email',
        title: t('common.email'),
        type: 'email',
        description: t('nominationContact.email.description'),
        validation: (rule) => requiredField(rule, t('validation.nominationContact.email')),
      }),
      defineField({
        name: 'language',
        title: t('nominationContact.language'),
        type: 'string',
        description: t('nominationContact.language.description'),
        options: { list: languageOptions(t), layout: 'radio', direction: 'horizontal' },
      }),
    ],
    preview: {
      select: { title: 'name', subtitle: 'email', language: 'language' },
      prepare: ({ title, subtitle, language }) => ({
        title: title ?? t('nominationContact.title'),
        subtitle: [subtitle, language].filter(Boolean).join(' · '),
        media: EnvelopeIcon,
      }),
    },
  });
