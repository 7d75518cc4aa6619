import type { ContentSource } from '../content/content-source';
import { collatorFor, type LocalizedMap, localize, toLocalizedMap } from '../content/localize';
import { currentStrategyQuery } from '../content/queries';
import type { CurrentStrategyQueryResult } from '../content/sanity.types';
import type { Language } from '../http/route';
import type { StrategyRef } from './join';

export interface StrategyView {
  id: string;
  title: string;
  titles: LocalizedMap;
  period: { start?: string; end?: string } | null;
  vision: string | null;
  joiningMeans: string | null;
  joiningDoesNotMean: string | null;
  isExample: boolean;
  goals: { key: string; title: string; description: string | null }[];
  focusAreas: { id: string; title: string }[];
  /** The municipalities an organisation can name: id and name, sorted as the language sorts. */
  municipalities: { id: string; name: string }[];
}

/** The current strategy in the page's language (undefined when content has none), with the municipalities. */
export async function currentStrategy(
  source: ContentSource,
  lang: Language,
): Promise<StrategyView | undefined> {
  const found = await source.fetch<CurrentStrategyQueryResult>(currentStrategyQuery);
  const doc = found.strategy;
  if (!doc) return undefined;
  const collator = collatorFor(lang);
  return {
    id: doc._id,
    title: localize(doc.title, lang) ?? doc._id,
    titles: toLocalizedMap(doc.title),
    period: doc.period ? { start: doc.period.start, end: doc.period.end } : null,
    vision: localize(doc.vision, lang) ?? null,
    joiningMeans: localize(doc.joiningMeans, lang) ?? null,
    joiningDoesNotMean: localize(doc.joiningDoesNotMean, lang) ?? null,
    isExample: doc.isExample === true,
    goals: (doc.goals ?? [])
      .filter((g) => typeof g.key === 'string' && g.key)
      .map((g) => ({
        key: g.key,
        title: localize(g.title, lang) ?? g.key,
        description: localize(g.description, lang) ?? null,
      })),
    focusAreas: (doc.focusAreas ?? []).map((f) => ({ id: f._id, title: localize(f.title, lang) ?? f._id })),
    municipalities: found.municipalities
      .map((m) => ({ id: m._id, name: localize(m.name, lang) ?? m._id }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

export const strategyRef = (view: StrategyView): StrategyRef => ({
  id: view.id,
  title: view.titles,
  goalKeys: view.goals.map((g) => g.key),
});
