import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { defineField, defineType } from 'sanity';
import { LANGUAGE_OPTIONS } from '../localization';
import { requiredField } from '../validation';

/**
 * Where an organisation's nomination requests are mailed. Use a role address where possible; this is an
 * organisation's public contact, not a record about a person.
 */
export const nominationContactType = defineType({
  name: 'nominationContact',
  title: 'Nomination contact',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name or role',
      type: 'string',
      description: 'Who handles nominations, e.g. "Registry office" or a named contact person.',
      validation: (rule) => requiredField(rule, 'Give the name or role of the contact.'),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'email',
      description: 'A role address is best, e.g. registry@example.org; the address format is checked.',
      validation: (rule) => requiredField(rule, 'Give the email address nomination requests are sent to.'),
    }),
    defineField({
      name: 'language',
      title: 'Mail language',
      type: 'string',
      description: "Leave empty to write in the organisation's majority language.",
      options: { list: LANGUAGE_OPTIONS, layout: 'radio', direction: 'horizontal' },
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'email', language: 'language' },
    prepare: ({ title, subtitle, language }) => ({
      title: title ?? 'Nomination contact',
      subtitle: [subtitle, language].filter(Boolean).join(' · '),
      media: EnvelopeIcon,
    }),
  },
});
