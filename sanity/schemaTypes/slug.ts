import type { SlugSourceFn } from 'sanity';
import { localizedText } from './localization';

/** Slugs are generated from the Swedish title (then Finnish), the first language of the content. */
export const slugFromSwedishTitle: SlugSourceFn = (document) =>
  localizedText((document as { title?: unknown }).title, ['sv', 'fi', 'en']) ?? '';
