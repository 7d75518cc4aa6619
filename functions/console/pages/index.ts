import type { ConsolePage } from '../context';
import { activityPage } from './activity';
import { cancelRegistrationPage, eventRegistrationsPage, registrationsCsvPage } from './event-registrations';
import { eventsPage } from './events';
import { membersCsvPage, networkPage } from './network';
import { overviewPage } from './overview';
import { peoplePage, personErasurePage, personExportPage } from './people';

/**
 * Every page of the console, matched in this order (functions/console/context.ts matchPage). A new page
 * is a module in this folder exporting a ConsolePage, listed here.
 */
export const consolePages: readonly ConsolePage[] = [
  overviewPage(() => consolePages),
  // Coordinators: events and registrations, the network, data subjects, the activity log.
  eventsPage,
  eventRegistrationsPage,
  registrationsCsvPage,
  cancelRegistrationPage,
  networkPage,
  membersCsvPage,
  peoplePage,
  personExportPage,
  personErasurePage,
  activityPage,
];
