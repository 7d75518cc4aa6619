import type { SchemaTypeDefinition } from 'sanity';
import type { Translate } from '../i18n';
import { actionType } from './documents/action';
import { campaignType } from './documents/campaign';
import { eventType } from './documents/event';
import { focusAreaType } from './documents/focusArea';
import { informationPackageType } from './documents/informationPackage';
import { methodType } from './documents/method';
import { nominationRoundType } from './documents/nominationRound';
import { organizationType } from './documents/organization';
import { strategyType } from './documents/strategy';
import { surveyType } from './documents/survey';
import { actionCoordinatorType } from './objects/actionCoordinator';
import { attachmentType } from './objects/attachment';
import { campaignCriterionType } from './objects/campaignCriterion';
import { campaignQuestionType } from './objects/campaignQuestion';
import { contactPointType } from './objects/contactPoint';
import { dateRangeType } from './objects/dateRange';
import { figureType } from './objects/figure';
import { learningResourceType } from './objects/learningResource';
import { nominationContactType } from './objects/nominationContact';
import { packageSectionType } from './objects/packageSection';
import { questionOptionType } from './objects/questionOption';
import { retentionPolicyType } from './objects/retentionPolicy';
import { richTextType } from './objects/richText';
import { seatsType } from './objects/seats';
import { strategyGoalType } from './objects/strategyGoal';
import { surveyQuestionType } from './objects/surveyQuestion';
import { webLinkType } from './objects/webLink';
import { settingsType } from './singletons/settings';

type TypeFactory = (t: Translate) => SchemaTypeDefinition;

export const singletonTypes: TypeFactory[] = [settingsType];

export const documentTypes: TypeFactory[] = [
  focusAreaType,
  actionType,
  eventType,
  campaignType,
  nominationRoundType,
  informationPackageType,
  methodType,
  organizationType,
  surveyType,
  strategyType,
];

export const objectTypes: TypeFactory[] = [
  actionCoordinatorType,
  attachmentType,
  campaignCriterionType,
  campaignQuestionType,
  contactPointType,
  dateRangeType,
  figureType,
  learningResourceType,
  nominationContactType,
  packageSectionType,
  questionOptionType,
  retentionPolicyType,
  richTextType,
  seatsType,
  surveyQuestionType,
  strategyGoalType,
  webLinkType,
];

/**
 * Every type of the content model, titled and validated in the Studio language `t` speaks. The localised field
 * types come from the internationalized-array plugin (localizedTypes.ts).
 */
export function schemaTypes(t: Translate): SchemaTypeDefinition[] {
  return [...singletonTypes, ...documentTypes, ...objectTypes].map((type) => type(t));
}
