import type { ConsolePage } from '../context';
import { activityPage } from './activity';
import { applicationPages } from './application';
import { campaignPages } from './campaign';
import { judgingPages } from './campaign-judging';
import { campaignsPage } from './campaigns';
import { checkInAllPage, checkInPage } from './check-in';
import { eventMessagePage } from './event-message';
import { cancelRegistrationPage, eventRegistrationsPage, registrationsCsvPage } from './event-registrations';
import { eventsPage } from './events';
import { membersCsvPage, networkPage } from './network';
import { nominationRoundsPage } from './nomination-rounds';
import { overviewPage } from './overview';
import { peoplePage, personErasurePage, personExportPage } from './people';
import { reportPage } from './report';
import { roundPages } from './round';

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
  // Event follow-up: check-in at the door, messages to the registrants.
  checkInPage,
  checkInAllPage,
  eventMessagePage,
  networkPage,
  membersCsvPage,
  peoplePage,
  personExportPage,
  personErasurePage,
  activityPage,
  // Nomination rounds and campaigns (coordinators; the campaign list for jury members too).
  nominationRoundsPage,
  ...roundPages,
  campaignsPage,
  ...campaignPages,
  ...judgingPages,
  ...applicationPages,
  // The activity report (coordinators).
  reportPage,
];
