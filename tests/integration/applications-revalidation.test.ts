import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationInput } from '../../shared/applications/application';
import { submitApplication } from '../../shared/applications/submit';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { HttpProblem } from '../../shared/http/problem';
import type { Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { applicationBody, businessIdFor, campaignDocument } from '../support/campaigns-fixture';
import { freshTable } from '../support/table';

let table: Table;
beforeAll(async () => {
  table = await freshTable('applications');
});

/** The table, but the campaign is edited in Sanity (and synced) just before the first transaction. */
function editedBeforeFirstWrite(edited: GovernedDocument): Table {
  let done = false;
  const doc = {
    send: async (command: unknown) => {
      if (command instanceof TransactWriteCommand && !done) {
        done = true;
        await applyDocument(table, edited);
      }
      return table.doc.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
  return { name: table.name, doc };
}

const newer = (doc: GovernedDocument, questions: Record<string, unknown>[]): GovernedDocument => ({
  ...doc,
  _rev: 'rev2',
  _updatedAt: new Date(Date.parse(doc._updatedAt) + 1000).toISOString(),
  questions,
});

describe('a campaign edited between the read and the write', () => {
  it('is noticed by the transaction and the application validated again against the new questions', async () => {
    // Prepare
    const doc = campaignDocument();
    await applyDocument(table, doc);
    const questions = (doc.questions as Record<string, unknown>[]).map((q) =>
      q.key === 'more-information' ? { ...q, required: true } : q,
    );
    const body = applicationBody(businessIdFor(1), {
      answers: { 'more-information': null },
    }) as ApplicationInput;
    // Act
    const outcome = await submitApplication(
      {
        table: editedBeforeFirstWrite(newer(doc, questions)),
        pepper: 'p',
        now: new Date(),
        applicationDays: 30,
      },
      doc._id,
      body,
      'en',
      undefined,
    ).catch((error: unknown) => error);
    // Assess
    expect(outcome).toBeInstanceOf(HttpProblem);
    expect((outcome as HttpProblem).options.errors).toEqual([
      { path: 'answers.more-information', message: 'This field is required.' },
    ]);
    const marker = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.businessIdMarker(doc._id, businessIdFor(1)) }),
    );
    expect(marker.Item).toBeUndefined();
  });

  it('stores the snapshot of the version it was finally validated against', async () => {
    // Prepare
    const doc = campaignDocument();
    await applyDocument(table, doc);
    const questions = (doc.questions as Record<string, unknown>[]).map((q) =>
      q.key === 'summary' ? { ...q, label: [{ _key: 'sv', language: 'sv', value: 'Sammanfattning' }] } : q,
    );
    // Act
    const saved = await submitApplication(
      {
        table: editedBeforeFirstWrite(newer(doc, questions)),
        pepper: 'p',
        now: new Date(),
        applicationDays: 30,
      },
      doc._id,
      applicationBody(businessIdFor(2)) as ApplicationInput,
      'sv',
      undefined,
    );
    // Assess
    expect(saved.status).toBe('submitted');
    const { applicationId } = saved;
    const stored = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.application(doc._id, applicationId) }),
    );
    expect(stored.Item?.sourceRev).toBe('rev2');
    expect(stored.Item?.questions.find((q: { key: string }) => q.key === 'summary').label).toEqual({
      sv: 'Sammanfattning',
    });
  });
});
