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
      if (spec.streamFilter)
        expect(
          actions.filter((action) => !streamActions.includes(action)),
          name,
        ).toEqual([]);
      else expect(actions, name).toEqual([]);
    }
    expect(
      Object.values(variant).some((spec) => spec.permissions.table === 'none' && !spec.streamFilter),
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
      expect(actions, name).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
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
