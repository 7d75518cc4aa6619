import type { SchemaTypeDefinition } from 'sanity';
import { actionType } from './documents/action';
import { campaignType } from './documents/campaign';
import { eventType } from './documents/event';
import { focusAreaType } from './documents/focusArea';
import { informationPackageType } from './documents/informationPackage';
import { nominationRoundType } from './documents/nominationRound';
import { organizationType } from './documents/organization';
import { actionCoordinatorType } from './objects/actionCoordinator';
import { campaignCriterionType } from './objects/campaignCriterion';
import { campaignQuestionType } from './objects/campaignQuestion';
import { dateRangeType } from './objects/dateRange';
import { learningResourceType } from './objects/learningResource';
import { nominationContactType } from './objects/nominationContact';
import { packageSectionType } from './objects/packageSection';
import { questionOptionType } from './objects/questionOption';
import { retentionPolicyType } from './objects/retentionPolicy';
import { seatsType } from './objects/seats';
import { settingsType } from './singletons/settings';

export const singletonTypes: SchemaTypeDefinition[] = [settingsType];

export const documentTypes: SchemaTypeDefinition[] = [
  focusAreaType,
  actionType,
  eventType,
  campaignType,
  nominationRoundType,
  informationPackageType,
  organizationType,
];

export const objectTypes: SchemaTypeDefinition[] = [
  actionCoordinatorType,
  campaignCriterionType,
  campaignQuestionType,
  dateRangeType,
  learningResourceType,
  nominationContactType,
  packageSectionType,
  questionOptionType,
  retentionPolicyType,
  seatsType,
];

/** Every type of the content model. The localised field types come from the internationalized-array plugin. */
export const schemaTypes: SchemaTypeDefinition[] = [...singletonTypes, ...documentTypes, ...objectTypes];
