import { inject } from 'vitest';
import { ensureTable } from '../../cdk/local/bootstrap-table';
import { ulid } from '../../shared/crypto';
import { createDocumentClient, type Table } from '../../shared/table/client';

/** A fresh table on the shared DynamoDB Local, so test files never see each other's items. */
export async function freshTable(prefix = 'test'): Promise<Table & { streamArn: string; endpoint: string }> {
  const endpoint = inject('dynamoEndpoint');
  const doc = createDocumentClient(endpoint);
  const name = `${prefix}-${ulid().toLowerCase()}`;
  const { streamArn } = await ensureTable(doc, name);
  return { name, doc, streamArn, endpoint };
}
