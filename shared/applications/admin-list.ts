import { collatorFor } from '../content/localize';
import { csvText } from '../csv';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { ApplicationItem } from './application';
import { readCampaign } from './campaign';
import { campaignItems, campaignPage } from './campaign-partition';

export type Audience = 'coordinator' | 'jury';

/**
 * An application as an admin sees it. Built field by field (never by copying the item), so what the
 * jury gets is exactly this: their view leaves out the contact's email and phone, which they do not
 * need to judge the company.
 */
export function adminRow(item: ApplicationItem, audience: Audience) {
  const { email, phone, ...contact } = item.contact;
  return {
    applicationId: item.applicationId,
    status: item.status,
    ...(item.decision ? { decision: item.decision } : {}),
    company: item.company,
    contact: audience === 'coordinator' ? { ...contact, email, ...(phone ? { phone } : {}) } : contact,
    answers: item.answers,
    questions: item.questions,
    sourceRev: item.sourceRev,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.submittedAt ? { submittedAt: item.submittedAt } : {}),
    ...(item.withdrawnAt ? { withdrawnAt: item.withdrawnAt } : {}),
  };
}

const submittedOnly = {
  FilterExpression: '#status = :submitted',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':submitted': 'submitted' },
};

/**
 * GET /admin/campaigns/{campaignId}/applications?cursor=: coordinators get every application (drafts
 * and withdrawn ones too), the jury only submitted ones. One Query on the campaign's partition per page;
 * the jury's filter may leave a page short, the cursor still goes on.
 */
export async function listApplications(
  table: Table,
  campaignId: string,
  audience: Audience,
  cursor: string | undefined,
) {
  const page = await campaignPage(
    table,
    campaignId,
    keys.applicationPrefix,
    cursor,
    50,
    audience === 'jury' ? submittedOnly : undefined,
  );
  return { ...page, items: page.items.map((item) => adminRow(item as ApplicationItem, audience)) };
}

const header = [
  'applicationId',
  'status',
  'decision',
  'businessId',
  'companyName',
  'municipality',
  'employees',
  'sector',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
  'language',
  'createdAt',
  'submittedAt',
  'updatedAt',
  'withdrawnAt',
];

const statusOrder = { submitted: 0, draft: 1, withdrawn: 2 } as const;

/**
 * GET /admin/campaigns/{campaignId}/applications.csv: every application, one column per question key
 * (the campaign's current questions in their order, then any key only older snapshots have), BOM and
 * formula-safe cells from shared/csv.ts. Submitted first, then drafts, then withdrawn; by company name.
 */
export async function applicationsCsv(table: Table, campaignId: string) {
  const [meta, items] = await Promise.all([
    readCampaign(table, campaignId),
    campaignItems(table, campaignId, keys.applicationPrefix),
  ]);
  const applications = items as unknown as ApplicationItem[];
  const questionKeys = [...(meta?.questions ?? []).map((q) => q.key)];
  for (const application of applications)
    for (const q of application.questions ?? []) if (!questionKeys.includes(q.key)) questionKeys.push(q.key);
  const collator = collatorFor('sv');
  applications.sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] || collator.compare(a.company.name, b.company.name),
  );
  async function* rows() {
    for (const a of applications) {
      yield [
        a.applicationId,
        a.status,
        a.decision,
        a.company.businessId,
        a.company.name,
        a.company.municipality,
        a.company.employees,
        a.company.sector,
        a.company.website,
        a.contact.name,
        a.contact.email,
        a.contact.phone,
        a.contact.language,
        a.createdAt,
        a.submittedAt,
        a.updatedAt,
        a.withdrawnAt,
        ...questionKeys.map((key) => a.answers?.[key]),
      ];
    }
  }
  return csvText([...header, ...questionKeys], rows());
}
