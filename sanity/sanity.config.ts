import { fiFILocale } from '@sanity/locale-fi-fi';
import { svSELocale } from '@sanity/locale-sv-se';
import { visionTool } from '@sanity/vision';
import {
  type DocumentActionComponent,
  type DocumentActionsContext,
  defineConfig,
  type PluginOptions,
  type WorkspaceOptions,
} from 'sanity';
import { structureTool } from 'sanity/structure';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { OpenOnSiteAction } from './actions/openOnSite';
import { hasPublicPage } from './actions/publicPage';
import { apiVersion, dataset, projectId } from './env';
import { STUDIO_LANGUAGES, type StudioLanguage, translator } from './i18n';
import { schemaTypes } from './schemaTypes';
import { internationalizedArrayConfig } from './schemaTypes/localizedTypes';
import { structure } from './structure';
import { singletonActions, withoutSingletonOptions, withoutSingletonTemplates } from './structure/singletons';

/**
 * Sanity's interface language per workspace. English (en-US) is built in and stays in every workspace, as
 * the fallback of the other locales; the workspace's own locale comes last, which makes it the default.
 */
export const INTERFACE_LOCALES: Record<StudioLanguage, () => PluginOptions[]> = {
  sv: () => [svSELocale()],
  fi: () => [fiFILocale()],
  en: () => [],
};

/**
 * One workspace per editor language, Swedish first (the default: the Studio's root opens it). Schema,
 * structure and validation messages are built from the dictionary in the workspace's language, and
 * "Open on the site" opens the public page in that language (it reads the language from the workspace name).
 */
export function studioWorkspace(language: StudioLanguage): WorkspaceOptions {
  const t = translator(language);
  return {
    name: language,
    basePath: `/${language}`,
    title: t('studio.title'),
    subtitle: t('studio.language'),
    projectId,
    dataset,
    plugins: [
      structureTool({ structure: structure(t) }),
      internationalizedArray(internationalizedArrayConfig),
      visionTool({ defaultApiVersion: apiVersion }),
      ...INTERFACE_LOCALES[language](),
    ],
    schema: {
      types: schemaTypes(t),
      templates: withoutSingletonTemplates,
    },
    document: {
      actions: (actions: DocumentActionComponent[], context: DocumentActionsContext) => {
        const allowed = singletonActions(actions, context);
        return hasPublicPage(context.schemaType) ? [...allowed, OpenOnSiteAction] : allowed;
      },
      newDocumentOptions: withoutSingletonOptions,
    },
  };
}

export default defineConfig(STUDIO_LANGUAGES.map(studioWorkspace));
