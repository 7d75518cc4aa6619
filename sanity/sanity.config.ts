import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { apiVersion, dataset, projectId } from './env';
import { schemaTypes } from './schemaTypes';
import { internationalizedArrayConfig } from './schemaTypes/localization';
import { structure } from './structure';
import { singletonActions, withoutSingletonOptions, withoutSingletonTemplates } from './structure/singletons';

export default defineConfig({
  name: 'default',
  title: 'Jämställdhetsnätverket',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    internationalizedArray(internationalizedArrayConfig),
    visionTool({ defaultApiVersion: apiVersion }),
  ],
  schema: {
    types: schemaTypes,
    templates: withoutSingletonTemplates,
  },
  document: {
    actions: singletonActions,
    newDocumentOptions: withoutSingletonOptions,
  },
});
