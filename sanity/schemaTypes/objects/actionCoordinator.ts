import { UserIcon } from '@sanity/icons/User';
import { type CustomValidator, defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, localizedText } from '../localization';
import { requireLanguages } from '../validation';

const organizationOrName: CustomValidator<unknown> = (_value, context) => {
  const parent = context.parent as { organization?: unknown; name?: unknown[] } | undefined;
  const hasName = Array.isArray(parent?.name) && parent.name.length > 0;
  return parent?.organization && hasName ? 'Choose an organisation or write a name, not both.' : true;
};

/** Who coordinates an action: an organisation in the dataset, or a name (e.g. a group without a document). */
export const actionCoordinatorType = defineType({
  name: 'actionCoordinator',
  title: 'Coordinator',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'organization',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'organization' }],
      validation: (rule) => rule.custom(organizationOrName),
    }),
    defineField({
      name: 'name',
      title: 'Or a name',
      type: LOCALIZED_STRING,
      description:
        'For a coordinator that is not an organisation here, e.g. "The network\'s business group".',
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
  ],
  preview: {
    select: { organization: 'organization.name', name: 'name' },
    prepare: ({ organization, name }) => ({
      title: localizedText(organization) ?? localizedText(name) ?? 'Coordinator',
      media: UserIcon,
    }),
  },
});
