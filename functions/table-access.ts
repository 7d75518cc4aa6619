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
  // Erasure: Query on the person index, cancellations (transactions), deletes in batches of 25.
  admin: [
    'dynamodb:GetItem',
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
  registrations: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  network: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
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
  // The coordinator's pages run the nomination and campaign use cases: organisations by BatchGetItem,
  // lists by Query, and the writes (send, remind, invite, decide) as transactions with ConditionChecks.
  console: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
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
