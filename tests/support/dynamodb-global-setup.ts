import type { TestProject } from 'vitest/node';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../cdk/local/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    dynamoPid: number;
  }
}

let dynamo: DynamoDbLocal | undefined;

/** One DynamoDB Local (in memory, free port) for the integration project; Java stops with the run. */
export async function setup(project: TestProject) {
  dynamo = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('dynamoPid', dynamo.pid ?? 0);
  return async () => {
    await dynamo?.stop();
    dynamo = undefined;
  };
}
