import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env';

export default defineCliConfig({
  api: { projectId, dataset },
  deployment: { autoUpdates: false },
  /**
   * The Studio has a workspace per editor language (sanity.config.ts). They share one content model, so the
   * schema extraction (schema.json, input of TypeGen) reads the Swedish one.
   */
  schemaExtraction: { workspace: 'sv' },
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
