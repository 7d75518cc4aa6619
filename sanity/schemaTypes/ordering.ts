import { orderRankOrdering } from '@sanity/orderable-document-list';
import type { Translate } from '../i18n';

/** The orderable-document-list plugin's drag-and-drop order (orderRank), titled in the Studio's language. */
export const manualOrdering = (t: Translate) => ({ ...orderRankOrdering, title: t('ordering.manual') });
