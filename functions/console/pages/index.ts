import type { ConsolePage } from '../context';
import { activityPage } from './activity';
import { affiliationPages, affiliationsCsvPage, affiliationsPage } from './affiliations';
import { applicationPages } from './application';
import { bodiesPage, bodyPages } from './bodies';
import { campaignPages } from './campaign';
import { judgingPages } from './campaign-judging';
import { campaignsPage } from './campaigns';
import { checkInAllPage, checkInPage } from './check-in';
import { eventMessagePage } from './event-message';
import { cancelRegistrationPage, eventRegistrationsPage, registrationsCsvPage } from './event-registrations';
import { eventsPage } from './events';
import { juryApplicationPages } from './jury-application';
import { juryAssignPages } from './jury-assign';
import { juryCampaignPages } from './jury-campaigns';
import { membersCsvPage, networkPage } from './network';
import { nominationRoundsPage } from './nomination-rounds';
import { overviewPage } from './overview';
import { peoplePage, personErasurePage, personExportPage } from './people';
import { reportPage } from './report';
import { roundPages } from './round';
import { surveyPages } from './surveys';

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
  // Surveys (coordinators): sending, results and the answers' CSV.
  ...surveyPages,
  // Jury assignments (coordinators) and the jury's own pages.
  ...juryAssignPages,
  ...juryCampaignPages,
  ...juryApplicationPages,
  // Organisations joining the strategy (coordinators).
  affiliationsPage,
  affiliationsCsvPage,
  ...affiliationPages,
  bodiesPage,
  ...bodyPages,
  // The activity report (coordinators).
  reportPage,
];
