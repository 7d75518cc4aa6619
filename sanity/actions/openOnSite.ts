import { LaunchIcon } from '@sanity/icons/Launch';
import { type DocumentActionComponent, useEditState, useWorkspace } from 'sanity';
import { STUDIO_LANGUAGES, type StudioLanguage, translator } from '../i18n';
import { SETTINGS_ID } from '../schemaTypes/singletons/settings';
import { publicPageUrl } from './publicPage';

/** The language a workspace edits in: its name (sanity.config.ts names workspaces sv, fi, en). */
export function workspaceLanguage(name: string): StudioLanguage {
  return (STUDIO_LANGUAGES as readonly string[]).includes(name) ? (name as StudioLanguage) : 'sv';
}

/** `window.open`, typed here so the module also compiles where the DOM library is not loaded (the tests). */
function openInNewTab(url: string): void {
  const open = (globalThis as { open?: (url: string, target: string, features: string) => unknown }).open;
  open?.(url, '_blank', 'noopener,noreferrer');
}

/**
 * "Open on the site": opens the published document's public page in the workspace's language, on the site
 * address the settings document gives (publicBaseUrl). Disabled, with the reason, until the document is
 * published with a slug.
 */
export const OpenOnSiteAction: DocumentActionComponent = (props) => {
  const language = workspaceLanguage(useWorkspace().name);
  const settings = useEditState(SETTINGS_ID, 'settings');
  const t = translator(language);
  const baseUrl = (settings.published as { publicBaseUrl?: unknown } | null)?.publicBaseUrl;
  const url = publicPageUrl({ baseUrl, language, document: props.published });
  return {
    label: t('documentAction.openOnSite'),
    icon: LaunchIcon,
    disabled: !url,
    title:
      url ??
      t(props.published ? 'documentAction.openOnSite.noSlug' : 'documentAction.openOnSite.unpublished'),
    onHandle: () => {
      if (url) openInNewTab(url);
      props.onComplete();
    },
  };
};
OpenOnSiteAction.displayName = 'OpenOnSiteAction';
