import { UserIcon } from '@sanity/icons/User';
import { type CustomValidator, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { requireLanguages } from '../validation';

const organizationOrName =
  (t: Translate): CustomValidator<unknown> =>
  (_value, context) => {
    const parent = context.parent as { organization?: unknown; name?: unknown[] } | undefined;
    const hasName = Array.isArray(parent?.name) && parent.name.length > 0;
    return parent?.organization && hasName ? t('validation.coordinator.notBoth') : true;
  };

/** Who coordinates an action: an organisation in the dataset, or a name (e.g. a group without a document). */
export const actionCoordinatorType = (t: Translate) =>
  defineType({
    name: 'actionCoordinator',
    title: t('actionCoordinator.title'),
    type: 'object',
    icon: UserIcon,
    fields: [
      defineField({
        name: 'organization',
        title: t('organization.title'),
        type: 'reference',
        to: [{ type: 'organization' }],
        validation: (rule) => rule.custom(organizationOrName(t)),
      }),
      defineField({
        name: 'name',
        title: t('actionCoordinator.name'),
        type: LOCALIZED_STRING,
        description: t('actionCoordinator.name.description'),
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
    ],
    preview: {
      select: { organization: 'organization.name', name: 'name' },
      prepare: ({ organization, name }) => ({
        title: previewText(organization, t) ?? previewText(name, t) ?? t('actionCoordinator.title'),
        media: UserIcon,
      }),
    },
  });
