import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env';

export default defineCliConfig({
  api: { projectId, dataset },
  deployment: { autoUpdates: false },
  /**
   * `sanity schema extract --enforce-required-fields` writes schema.json; `sanity typegen generate` types the
   * schema and every query of shared/content/queries.ts into shared/content/sanity.types.ts. Both outputs are
   * committed; scripts/typegen-check.sh fails when they drift from the schema or the queries.
   */
  typegen: {
    path: '../shared/content/queries.ts',
    schema: './schema.json',
    generates: '../shared/content/sanity.types.ts',
    overloadClientMethods: true,
  },
});
