import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { requiredField, requireLanguages } from '../validation';

/** Who to ask about a method: a role and a role address, shown on the public page. */
export const contactPointType = (t: Translate) =>
  defineType({
    name: 'contactPoint',
    title: t('contactPoint.title'),
    type: 'object',
    icon: EnvelopeIcon,
    fields: [
      defineField({
        name: 'role',
        title: t('contactPoint.role'),
        description: t('contactPoint.role.description'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'email',
        title: t('common.email'),
        description: t('contactPoint.email.description'),
        type: 'email',
        validation: (rule) => requiredField(rule, t('validation.contactPoint.email')),
      }),
    ],
    preview: {
      select: { role: 'role', email: 'email' },
      prepare: ({ role, email }) => ({
        title: previewText(role, t) ?? t('contactPoint.title'),
        subtitle: email,
        media: EnvelopeIcon,
      }),
    },
  });
