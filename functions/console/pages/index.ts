import type { ConsolePage } from '../context';
import { applicationPages } from './application';
import { campaignPages } from './campaign';
import { campaignsPage } from './campaigns';
import { nominationRoundsPage } from './nomination-rounds';
import { overviewPage } from './overview';
import { peoplePage } from './people';
import { roundPages } from './round';

/**
 * Every page of the console, matched in this order (functions/console/context.ts matchPage). A new page
 * is a module in this folder exporting a ConsolePage, listed here.
 */
export const consolePages: readonly ConsolePage[] = [
  overviewPage(() => consolePages),
  peoplePage,
  // Nomination rounds and campaigns (coordinators; the campaign list for jury members too).
  nominationRoundsPage,
  ...roundPages,
  campaignsPage,
  ...campaignPages,
  ...applicationPages,
];
