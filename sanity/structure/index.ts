import { CalendarIcon } from '@sanity/icons/Calendar';
import { CaseIcon } from '@sanity/icons/Case';
import { CogIcon } from '@sanity/icons/Cog';
import { CommentIcon } from '@sanity/icons/Comment';
import { ListIcon } from '@sanity/icons/List';
import { PackageIcon } from '@sanity/icons/Package';
import { RocketIcon } from '@sanity/icons/Rocket';
import { StarIcon } from '@sanity/icons/Star';
import { TargetIcon } from '@sanity/icons/Target';
import { TaskIcon } from '@sanity/icons/Task';
import { UsersIcon } from '@sanity/icons/Users';
import { WrenchIcon } from '@sanity/icons/Wrench';
import { orderableDocumentListDeskItem } from '@sanity/orderable-document-list';
import type { StructureResolver } from 'sanity/structure';
import { apiVersion } from '../env';
import type { Translate } from '../i18n';
import { SETTINGS_ID } from '../schemaTypes/singletons/settings';

/** The desk structure, titled in the workspace's language. */
export const structure =
  (t: Translate): StructureResolver =>
  (S, context) =>
    S.list()
      .title(t('common.content'))
      .items([
        S.listItem()
          .title(t('settings.title'))
          .id(SETTINGS_ID)
          .icon(CogIcon)
          .child(S.document().schemaType('settings').documentId(SETTINGS_ID).title(t('settings.title'))),
        S.divider(),
        S.listItem()
          .title(t('structure.activityPlan'))
          .id('activity-plan')
          .icon(ListIcon)
          .child(
            S.list()
              .title(t('structure.activityPlan'))
              .items([
                orderableDocumentListDeskItem({
                  type: 'focusArea',
                  title: t('common.focusAreas'),
                  icon: TargetIcon,
                  S,
                  context,
                }),
                orderableDocumentListDeskItem({
                  type: 'action',
                  title: t('structure.actions'),
                  icon: TaskIcon,
                  S,
                  context,
                }),
                S.listItem()
                  .title(t('structure.actionsByFocusArea'))
                  .id('actions-by-focus-area')
                  .icon(TargetIcon)
                  .child(
                    S.documentTypeList('focusArea')
                      .title(t('common.focusAreas'))
                      .defaultOrdering([{ field: 'orderRank', direction: 'asc' }])
                      .child((focusAreaId) =>
                        S.documentList()
                          .title(t('structure.actions'))
                          .apiVersion(apiVersion)
                          .schemaType('action')
                          .filter('_type == "action" && focusArea._ref == $focusAreaId')
                          .params({ focusAreaId })
                          .defaultOrdering([{ field: 'orderRank', direction: 'asc' }]),
                      ),
                  ),
              ]),
          ),
        S.listItem()
          .title(t('structure.events'))
          .id('events')
          .icon(CalendarIcon)
          .child(
            S.list()
              .title(t('structure.events'))
              .items([
                S.listItem()
                  .title(t('structure.events.upcoming'))
                  .id('events-upcoming')
                  .icon(CalendarIcon)
                  .child(
                    S.documentList()
                      .title(t('structure.events.upcomingList'))
                      .apiVersion(apiVersion)
                      .schemaType('event')
                      .filter('_type == "event" && endsAt >= now()')
                      .defaultOrdering([{ field: 'startsAt', direction: 'asc' }]),
                  ),
                S.listItem()
                  .title(t('structure.events.past'))
                  .id('events-past')
                  .icon(CalendarIcon)
                  .child(
                    S.documentList()
                      .title(t('structure.events.pastList'))
                      .apiVersion(apiVersion)
                      .schemaType('event')
                      .filter('_type == "event" && endsAt < now()')
                      .defaultOrdering([{ field: 'startsAt', direction: 'desc' }]),
                  ),
                S.documentTypeListItem('event').title(t('structure.events.all')),
              ]),
          ),
        S.documentTypeListItem('campaign').title(t('structure.campaigns')).icon(StarIcon),
        S.documentTypeListItem('nominationRound').title(t('structure.nominationRounds')).icon(UsersIcon),
        S.documentTypeListItem('survey').title(t('structure.surveys')).icon(CommentIcon),
        S.documentTypeListItem('strategy').title(t('structure.strategies')).icon(RocketIcon),
        S.documentTypeListItem('informationPackage')
          .title(t('structure.informationPackages'))
          .icon(PackageIcon),
        S.listItem()
          .title(t('structure.methods'))
          .id('methods')
          .icon(WrenchIcon)
          .child(
            S.list()
              .title(t('structure.methods'))
              .items([
                S.documentTypeListItem('method').title(t('structure.methods.all')).icon(WrenchIcon),
                S.listItem()
                  .title(t('structure.methodsByFocusArea'))
                  .id('methods-by-focus-area')
                  .icon(TargetIcon)
                  .child(
                    S.documentTypeList('focusArea')
                      .title(t('common.focusAreas'))
                      .defaultOrdering([{ field: 'orderRank', direction: 'asc' }])
                      .child((focusAreaId) =>
                        S.documentList()
                          .title(t('structure.methods.all'))
                          .apiVersion(apiVersion)
                          .schemaType('method')
                          .filter('_type == "method" && $focusAreaId in focusAreas[]._ref')
                          .params({ focusAreaId }),
                      ),
                  ),
              ]),
          ),
        S.listItem()
          .title(t('common.organizations'))
          .id('organizations')
          .icon(CaseIcon)
          .child(
            S.list()
              .title(t('common.organizations'))
              .items([
                S.listItem()
                  .title(t('structure.organizations.nominating'))
                  .id('organizations-nominating')
                  .icon(CaseIcon)
                  .child(
                    S.documentList()
                      .title(t('structure.organizations.nominating'))
                      .apiVersion(apiVersion)
                      .schemaType('organization')
                      .filter('_type == "organization" && kind in ["municipality", "welfareArea"]'),
                  ),
                S.documentTypeListItem('organization').title(t('structure.organizations.all')),
              ]),
          ),
      ]);
