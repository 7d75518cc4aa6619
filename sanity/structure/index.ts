import { CalendarIcon } from '@sanity/icons/Calendar';
import { CaseIcon } from '@sanity/icons/Case';
import { CogIcon } from '@sanity/icons/Cog';
import { ListIcon } from '@sanity/icons/List';
import { PackageIcon } from '@sanity/icons/Package';
import { StarIcon } from '@sanity/icons/Star';
import { TargetIcon } from '@sanity/icons/Target';
import { TaskIcon } from '@sanity/icons/Task';
import { UsersIcon } from '@sanity/icons/Users';
import { orderableDocumentListDeskItem } from '@sanity/orderable-document-list';
import type { StructureResolver } from 'sanity/structure';
import { apiVersion } from '../env';
import { SETTINGS_ID } from '../schemaTypes/singletons/settings';

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Settings')
        .id(SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType('settings').documentId(SETTINGS_ID).title('Settings')),
      S.divider(),
      S.listItem()
        .title('Activity plan')
        .id('activity-plan')
        .icon(ListIcon)
        .child(
          S.list()
            .title('Activity plan')
            .items([
              orderableDocumentListDeskItem({
                type: 'focusArea',
                title: 'Focus areas',
                icon: TargetIcon,
                S,
                context,
              }),
              orderableDocumentListDeskItem({ type: 'action', title: 'Actions', icon: TaskIcon, S, context }),
              S.listItem()
                .title('Actions by focus area')
                .id('actions-by-focus-area')
                .icon(TargetIcon)
                .child(
                  S.documentTypeList('focusArea')
                    .title('Focus areas')
                    .defaultOrdering([{ field: 'orderRank', direction: 'asc' }])
                    .child((focusAreaId) =>
                      S.documentList()
                        .title('Actions')
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
        .title('Events')
        .id('events')
        .icon(CalendarIcon)
        .child(
          S.list()
            .title('Events')
            .items([
              S.listItem()
                .title('Upcoming')
                .id('events-upcoming')
                .icon(CalendarIcon)
                .child(
                  S.documentList()
                    .title('Upcoming events')
                    .apiVersion(apiVersion)
                    .schemaType('event')
                    .filter('_type == "event" && endsAt >= now()')
                    .defaultOrdering([{ field: 'startsAt', direction: 'asc' }]),
                ),
              S.listItem()
                .title('Past')
                .id('events-past')
                .icon(CalendarIcon)
                .child(
                  S.documentList()
                    .title('Past events')
                    .apiVersion(apiVersion)
                    .schemaType('event')
                    .filter('_type == "event" && endsAt < now()')
                    .defaultOrdering([{ field: 'startsAt', direction: 'desc' }]),
                ),
              S.documentTypeListItem('event').title('All events'),
            ]),
        ),
      S.documentTypeListItem('campaign').title('Campaigns').icon(StarIcon),
      S.documentTypeListItem('nominationRound').title('Nomination rounds').icon(UsersIcon),
      S.documentTypeListItem('informationPackage').title('Information packages').icon(PackageIcon),
      S.listItem()
        .title('Organisations')
        .id('organizations')
        .icon(CaseIcon)
        .child(
          S.list()
            .title('Organisations')
            .items([
              S.listItem()
                .title('Municipalities and welfare area')
                .id('organizations-nominating')
                .icon(CaseIcon)
                .child(
                  S.documentList()
                    .title('Municipalities and welfare area')
                    .apiVersion(apiVersion)
                    .schemaType('organization')
                    .filter('_type == "organization" && kind in ["municipality", "welfareArea"]'),
                ),
              S.documentTypeListItem('organization').title('All organisations'),
            ]),
        ),
    ]);
