import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { actionsOf, functionFor, logicalIdOf, type Resource, statementsFor, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;
const writeActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:TransactWriteItems',
  'dynamodb:PartiQLInsert',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:*',
];
const streamActions = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];
const dynamoActions = (statements: Array<Record<string, any>>) =>
  actionsOf(statements).filter((action) => action.startsWith('dynamodb:'));

/** A manifest covering every permission level, on an existing handler (bundling is skipped). */
const variant: Record<string, FunctionSpec> = {
  ...manifest,
  writer: {
    description: 'Variant: writes the table, reads the pepper and the webhook secret',
    entry: manifest.service?.entry ?? '',
    memoryMB: 256,
    timeoutSeconds: 10,
    routes: {},
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'webhookSecret'] },
  },
  streamReader: {
    description: 'Variant: invoked by the table stream, without table access of its own',
    entry: manifest.service?.entry ?? '',
    memoryMB: 256,
    timeoutSeconds: 10,
    routes: {},
    permissions: { table: 'none', secrets: [] },
    streamFilter: { itemTypes: ['variant'] },
  },
};

describe('least privilege from the manifest permissions', () => {
  const { stack, template } = synthNetwork({ overrides: { manifest: variant } });
  const tableId = logicalIdOf(stack, stack.table.table);

  it('attaches no managed policy to any function role', () => {
    for (const name of Object.keys(variant)) {
      // Prepare
      const roleId = functionFor(template, name).resource.Properties.Role['Fn::GetAtt'][0] as string;

      // Act
      const role = template.findResources('AWS::IAM::Role')[roleId] as Resource;

      // Assess
      expect(role.Properties.ManagedPolicyArns, name).toBeUndefined();
      expect(role.Properties.Policies, name).toBeUndefined();
    }
  });

  it("gives a function with table 'none' no table actions (only stream reads when the stream invokes it)", () => {
    for (const [name, spec] of Object.entries(variant).filter(
      ([, spec]) => spec.permissions.table === 'none',
    )) {
      // Act
      const actions = dynamoActions(statementsFor(template, name));

      // Assess
      if (spec.streamFilter) {
        expect(
          actions.filter((action) => !streamActions.includes(action)),
          name,
        ).toEqual([]);
        expect(actions, name).toEqual(expect.arrayContaining(['dynamodb:GetRecords']));
      } else expect(actions, name).toEqual([]);
    }
    expect(
      Object.values(variant).some((spec) => spec.permissions.table === 'none' && !spec.streamFilter),
    ).toBe(true);
    expect(
      Object.values(variant).some((spec) => spec.permissions.table === 'none' && spec.streamFilter),
    ).toBe(true);
  });

  it("gives a function with table 'read' reads only: no write action and no Scan", () => {
    // Prepare
    const readers = Object.entries(variant).filter(([, spec]) => spec.permissions.table === 'read');
    expect(readers.length).toBeGreaterThan(0);

    for (const [name] of readers) {
      // Act
      const actions = dynamoActions(statementsFor(template, name));

      // Assess
      expect(actions, name).toContain('dynamodb:GetItem');
      for (const action of actions)
        expect(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'], name).toContain(action);
      expect(
        actions.filter((action) => writeActions.includes(action)),
        name,
      ).toEqual([]);
      expect(actions, name).not.toContain('dynamodb:Scan');
    }
  });

  it("gives a function with table 'readwrite' item writes, still without Scan", () => {
    // Act
    const actions = dynamoActions(statementsFor(template, 'writer'));

    // Assess
    expect(actions).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
      ]),
    );
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:*');
  });

  it('scopes table access to the table and its person index by name, never index/*', () => {
    for (const name of Object.keys(variant)) {
      // Act
      const resources = statementsFor(template, name)
        .filter((statement) =>
          actionsOf([statement]).some(
            (action) => action.startsWith('dynamodb:') && !streamActions.includes(action),
          ),
        )
        .flatMap((statement) =>
          Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource],
        )
        .map((resource) => JSON.stringify(resource));

      // Assess
      for (const resource of resources) {
        expect(resource, name).toContain(`"${tableId}","Arn"`);
        expect(resource, name).not.toContain('*');
      }
    }
  });

  it('lets a function read exactly the secrets its entry lists', () => {
    for (const [name, spec] of Object.entries(variant)) {
      // Prepare
      const expected = spec.permissions.secrets.map((secret) => ({
        Ref: logicalIdOf(stack, stack.secrets.byName[secret]),
      }));

      // Act
      const granted = statementsFor(template, name)
        .filter((statement) => actionsOf([statement]).some((action) => action.startsWith('secretsmanager:')))
        .flatMap((statement) =>
          Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource],
        );

      // Assess
      expect(granted, name).toEqual(expect.arrayContaining(expected));
      expect(granted, name).toHaveLength(expected.length);
      for (const statement of statementsFor(template, name)) {
        for (const action of actionsOf([statement]).filter((action) =>
          action.startsWith('secretsmanager:'),
        )) {
          expect(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], name).toContain(action);
        }
      }
    }
  });

  it('lets only functions that send mail use SES, on the network identity only', () => {
    // Prepare
    const identityId = logicalIdOf(stack, stack.mail.identity);

    for (const [name, spec] of Object.entries(variant)) {
      // Act
      const sesStatements = statementsFor(template, name).filter((statement) =>
        actionsOf([statement]).some((action) => action.startsWith('ses:')),
      );

      // Assess
      if (!spec.permissions.sendsMail) {
        expect(sesStatements, name).toEqual([]);
        continue;
      }
      expect(actionsOf(sesStatements).sort(), name).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      const resources = JSON.stringify(sesStatements.map((statement) => statement.Resource));
      expect(resources, name).toContain(`"Ref":"${identityId}"`);
      expect(resources, name).not.toContain('"*"');
    }
  });
});

/**
 * What each function's code sends to DynamoDB, written down here from reading its use cases (and
 * independently of functions/table-access.ts, which the stack grants from). A TransactWriteItems is
 * authorised item by item, so its Put/Update/Delete/ConditionCheck items count, not the call.
 */
const expectedTableActions: Record<string, string[]> = {
  service: [],
  // findPersonData (Query on the person index), erasePerson: cancellations and BatchWriteItem deletes;
  // the event list: Query on the content index, BatchGetItem of the event copies.
  admin: ['BatchGetItem', 'BatchWriteItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  // Seat counts: GetItem (one event) and BatchGetItem (the list); never a write.
  content: ['BatchGetItem', 'GetItem'],
  // Webhook delivery marker (Get/Put), operational copy (Get, Query on CONTENT_INDEX, Put/Update items),
  // waitlist promotion when an event gains seats (transactions deleting the waitlist entry).
  contentSync: ['DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  contentReconcile: ['DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  // The event reminders read the events' copies by BatchGetItem.
  registrations: ['BatchGetItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  network: ['ConditionCheckItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  nominations: ['BatchGetItem', 'ConditionCheckItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  // GET /admin/campaigns reads the campaigns' operational copies by BatchGetItem.
  applications: [
    'BatchGetItem',
    'ConditionCheckItem',
    'DeleteItem',
    'GetItem',
    'PutItem',
    'Query',
    'UpdateItem',
  ],
  site: ['BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'],
  // Surveys sent automatically: Queries, GetItems, the sending transactions' Puts and budget Updates.
  surveySending: ['GetItem', 'PutItem', 'Query', 'UpdateItem'],
  // Mail comes from the stream; the mail item is read (consistent GetItem: erased? already sent?) and
  // marked sent (conditional UpdateItem). Nothing else: no Query, no Put, no Delete.
  notifier: ['GetItem', 'UpdateItem'],
  // Sign-in reads nothing (the session is the verified ID token); the coordinator pages run the admin
  // routes' use cases: lists (Query, BatchGetItem), transactions with ConditionChecks (cancel on behalf,
  // erasure, sending rounds, invitations, decisions) and erasure's BatchWriteItem deletes.
  console: [
    'BatchGetItem',
    'BatchWriteItem',
    'ConditionCheckItem',
    'DeleteItem',
    'GetItem',
    'PutItem',
    'Query',
    'UpdateItem',
  ],
};

const commandActions: Record<string, string> = {
  GetCommand: 'GetItem',
  BatchGetCommand: 'BatchGetItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
  PutCommand: 'PutItem',
  UpdateCommand: 'UpdateItem',
  DeleteCommand: 'DeleteItem',
  BatchWriteCommand: 'BatchWriteItem',
  TransactGetCommand: 'GetItem',
  GetItemCommand: 'GetItem',
  PutItemCommand: 'PutItem',
  UpdateItemCommand: 'UpdateItem',
  DeleteItemCommand: 'DeleteItem',
  BatchGetItemCommand: 'BatchGetItem',
  BatchWriteItemCommand: 'BatchWriteItem',
  ExecuteStatementCommand: 'PartiQL',
  ExecuteTransactionCommand: 'PartiQL',
  BatchExecuteStatementCommand: 'PartiQL',
};

/**
 * The DynamoDB actions a function's code can send: its entry bundled as the deployed bundle is
 * (tree-shaken, so code it imports but never calls does not count), then every `new …Command(` and
 * every transaction item kind in the output.
 */
async function actionsInBundle(entry: string): Promise<string[]> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles.map((file) => file.text).join('\n');
  const found = new Set<string>();
  // esbuild renames a name imported by several modules (QueryCommand2, GetCommand7): strip the suffix.
  for (const [, command = ''] of code.matchAll(/\bnew (\w+?Command)\d*\(/g)) {
    const action = commandActions[command];
    if (action) found.add(action);
  }
  for (const [, kind = ''] of code.matchAll(/\b(Put|Update|Delete|ConditionCheck):\s*\{/g))
    found.add(kind === 'ConditionCheck' ? 'ConditionCheckItem' : `${kind}Item`);
  return [...found].sort();
}

describe('table actions per function: only what its code uses, never Scan', () => {
  const { template } = synthNetwork();
  const tableActionsOf = (name: string) =>
    dynamoActions(statementsFor(template, name))
      .filter((action) => !streamActions.includes(action))
      .map((action) => action.replace('dynamodb:', ''))
      .sort();

  it('has the expected action set written down for every function of the manifest', () => {
    // Assess
    expect(Object.keys(expectedTableActions).sort()).toEqual(Object.keys(manifest).sort());
  });

  it('grants each function exactly its expected table actions (the notifier its stream reads besides)', () => {
    for (const name of Object.keys(manifest)) {
      // Act
      const granted = tableActionsOf(name);

      // Assess
      expect(granted, name).toEqual(expectedTableActions[name]);
      expect(granted, name).not.toContain('Scan');
    }
    const notifierStream = dynamoActions(statementsFor(template, 'notifier')).filter((action) =>
      streamActions.includes(action),
    );
    expect(notifierStream).toEqual(
      expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator']),
    );
  });

  it("finds no DynamoDB command in a function's bundled code outside what it is granted, and no Scan", async () => {
    for (const [name, spec] of Object.entries(manifest)) {
      // Act
      const used = await actionsInBundle(spec.entry);

      // Assess
      expect(used, name).toEqual(expectedTableActions[name]);
      expect(used, name).not.toContain('Scan');
      expect(used, name).not.toContain('PartiQL');
    }
  });
});
