import type { DocumentActionComponent, NewDocumentOptionsResolver, TemplateResolver } from 'sanity';

/** Types with exactly one document, whose _id equals the type name. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['settings']);

/** A singleton can be edited and published, never created anew, duplicated, unpublished or deleted. */
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

export function singletonActions(
  actions: DocumentActionComponent[],
  context: { schemaType: string },
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return actions;
  return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
}

/** No "create new" for singletons, neither in the global menu nor in reference inputs. */
export const withoutSingletonTemplates: TemplateResolver = (templates) =>
  templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType));

export const withoutSingletonOptions: NewDocumentOptionsResolver = (options) =>
  options.filter((option) => !SINGLETON_TYPES.has(option.templateId));
