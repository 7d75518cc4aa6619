import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { ensureTable } from '../../cdk/local/bootstrap-table';
import { ulid } from '../../shared/crypto';
import type { RegistrationItem } from '../../shared/registrations/registration';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';

/** A fresh table on the shared DynamoDB Local, so test files never see each other's items. */
export async function freshTable(prefix = 'test'): Promise<Table & { streamArn: string; endpoint: string }> {
  const endpoint = inject('dynamoEndpoint');
  const doc = createDocumentClient(endpoint);
  const name = `${prefix}-${ulid().toLowerCase()}`;
  const { streamArn } = await ensureTable(doc, name);
  return { name, doc, streamArn, endpoint };
}

/** A registration as the table holds it now (a consistent read), for tests that assert its state. */
export async function storedRegistration(table: Table, eventId: string, registrationId: string) {
  const out = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.registration(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  return out.Item as RegistrationItem & { promotedAt?: string };
}
