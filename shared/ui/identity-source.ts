import { contentSources } from '../content/default-source';
import { type LocalizedField, localize } from '../content/localize';
import { settingsQuery } from '../content/queries';
import type { SettingsQueryResult } from '../content/sanity.types';
import type { Language } from '../http/route';
import { isLanguage } from '../i18n/language';
import { coloursFrom, type Identity, safeSvg } from './identity';
import { ui } from './strings';

/**
 * The identity as every service reads it (the public site now, the staff console next): the settings
 * document through the content source, at most once a minute per container.
 */
const TTL_MS = 60_000;
let cached: { at: number; value: Promise<SettingsQueryResult> } | undefined;

/** The settings document, read through the content source at most once a minute per container. */
export function siteSettings(now = Date.now()): Promise<SettingsQueryResult> {
  if (!cached || now - cached.at > TTL_MS) {
    const value = contentSources().then((sources) =>
      sources.cached.fetch<SettingsQueryResult>(settingsQuery),
    );
    value.catch(() => {
      cached = undefined;
    });
    cached = { at: now, value };
  }
  return cached.value;
}

const text = (field: unknown, lang: Language) => localize(field as LocalizedField, lang);

/** The network as the pages show it in `lang`; the built-in name when settings cannot be read. */
export async function identityFor(lang: Language): Promise<{ identity: Identity; languages: Language[] }> {
  const settings = await siteSettings().catch(() => null);
  const languages = (settings?.languages ?? []).filter(isLanguage);
  return {
    identity: {
      name: text(settings?.networkName, lang) ?? ui('network', lang),
      tagline: text(settings?.tagline, lang),
      introduction: text(settings?.introduction, lang),
      contactEmail: settings?.contactEmail ?? undefined,
      hasLogo: safeSvg(settings?.logo) !== undefined,
      colours: coloursFrom(settings?.brandColour),
    },
    languages,
  };
}

/** The logo, if settings hold a safe one. */
export const logoSvg = async () => safeSvg((await siteSettings().catch(() => null))?.logo);

export function resetSiteSettings() {
  cached = undefined;
}
