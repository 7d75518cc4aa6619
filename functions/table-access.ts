import type { FunctionName } from './manifest';

export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:ConditionCheckItem';

/**
 * Least privilege, per function: the DynamoDB actions its code sends, and no more. The manifest's
 * `permissions.table` level ('read' | 'readwrite') is the ceiling; this list narrows it to what the
 * function uses (a TransactWriteItems is authorised item by item as Put, Update, Delete or
 * ConditionCheck, so it needs no action of its own). Scan is in no list: docs/ARCHITECTURE.md (Rules of the table) allows none.
 *
 * tests/cdk/permissions.test.ts holds each function to this both ways: the synthesized policy grants
 * exactly these actions, and the function's bundled code sends no command outside them. A function with
 * table access but no entry here gets its level's whole set, and that test fails until it is declared.
 */
export const tableAccess: Partial<Record<FunctionName, readonly TableAction[]>> = {
  // Surveys sent automatically: the content index and the registrations (Query), the copies (GetItem),
  // one transaction per person (token, marker, mail: Put; the mail budget: Update), the done marker (Put).
  surveySending: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Erasure: Query on the person index, cancellations (transactions), deletes in batches of 25; the
  // event list reads the event copies by BatchGetItem.
  admin: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
  // Live seat counts next to the content: GetItem and BatchGetItem on event META items.
  content: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
  // Webhook de-duplication and the operational copy; the content index is one partition (Query).
  // An event that gains seats promotes its waitlist: each promotion deletes a waitlist entry.
  contentSync: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  // The same writes as the webhook, for every governed document; the content index is read by Query.
  contentReconcile: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  // The event reminders find the events starting soon from the content index and read their copies by
  // BatchGetItem.
  registrations: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  // A sign-up within ten minutes of the last mail only checks the member item (ConditionCheck), so a
  // member and a new address cost the same requests.
  network: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  // An answer checks its request inside the transaction (ConditionCheck); organisations by BatchGetItem.
  nominations: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:ConditionCheckItem',
  ],
  // The campaign list reads the campaigns' operational copies by BatchGetItem.
  applications: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  // The coordinator pages: event, organisation and campaign copies by BatchGetItem, lists by Query,
  // the writes (cancel on behalf, erase, send, remind, invite, decide) as transactions with their activity
  // entries and ConditionChecks, and erasure's deletes in batches of 25.
  console: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
  // Mail items only: read before sending (skip erased or sent ones), marked sent after.
  notifier: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
  // The public pages run the same use cases as registrations, network, applications and nominations.
  site: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
};
