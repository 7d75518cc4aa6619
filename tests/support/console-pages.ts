import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import type { TestStack } from './local-stack';
import { StaffBrowser } from './staff-session';

/** The stack's table, for reading what the console's writes left. */
export const tableOf = (stack: TestStack): Table => ({
  name: stack.tableName,
  doc: createDocumentClient(stack.dynamoEndpoint),
});

export interface ActivityItem {
  actor: string;
  action: string;
  target: { kind: string; id: string; parent?: string };
  details?: Record<string, unknown>;
  at: string;
}

/** Every activity entry in the table, oldest first (strongly consistent). */
export async function activityEntries(table: Table): Promise<ActivityItem[]> {
  const items: ActivityItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.activityPartition },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((page.Items ?? []) as ActivityItem[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** A signed-in staff browser that can open a console page and post one of its forms. */
export class ConsoleUser extends StaffBrowser {
  /** Opens a page; its HTML and the CSRF token of its forms (when it has any). */
  async open(path: string): Promise<{ status: number; html: string; csrf: string | undefined }> {
    const response = await this.request(path);
    const html = await response.text();
    return { status: response.status, html, csrf: /name="_csrf" value="([^"]+)"/.exec(html)?.[1] };
  }

  /** Posts a form with the CSRF token of the page it is on (repeated names from arrays). */
  async submit(pagePath: string, action: string, fields: Record<string, string | string[]>) {
    const { csrf } = await this.open(pagePath);
    const body = new URLSearchParams({ _csrf: csrf ?? '' });
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    return this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }
}

/** A console user signed in as a local staff member. */
export async function signedIn(stack: TestStack, email: string): Promise<ConsoleUser> {
  const user = new ConsoleUser(stack);
  const { response } = await user.signIn(email);
  if (response.status !== 200) throw new Error(`sign-in as ${email} ended in ${response.status}`);
  return user;
}

/** The visible text of a page's HTML (tags dropped, entities of our escaping undone, space collapsed). */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

/** The HTML of the table row whose header cell names `name` (the first such row). */
export function rowOf(html: string, name: string): string {
  const rows = html.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  return rows.find((row) => textOf(/<th[^>]*>([\s\S]*?)<\/th>/.exec(row)?.[1] ?? '').trim() === name) ?? '';
}
