import type { ConsolePage } from '../context';
import { overviewPage } from './overview';
import { peoplePage } from './people';

/**
 * Every page of the console, matched in this order (functions/console/context.ts matchPage). A new page
 * is a module in this folder exporting a ConsolePage, listed here.
 */
export const consolePages: readonly ConsolePage[] = [overviewPage(() => consolePages), peoplePage];
