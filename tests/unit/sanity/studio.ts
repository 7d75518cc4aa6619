/**
 * The Studio's schema, compiled the way `sanity.config.ts` does (content model + the internationalized-array
 * plugin's types), and document validation that never touches the network: references and GROQ look-ups
 * (slug uniqueness, the municipality check) run with groq-js over the documents a test provides.
 */
import { groupProblems, validateSchema } from '@sanity/schema/_internal';
import { evaluate, parse } from 'groq-js';
import {
  createSchema,
  pathToString,
  type SanityClient,
  type SanityDocument,
  type SchemaTypeDefinition,
  type ValidationMarker,
  validateDocument,
  type Workspace,
} from 'sanity';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { schemaTypes } from '../../../sanity/schemaTypes';
import { internationalizedArrayConfig } from '../../../sanity/schemaTypes/localization';

function pluginTypes(): SchemaTypeDefinition[] {
  const plugin = internationalizedArray(internationalizedArrayConfig);
  const types = plugin.schema?.types;
  if (!Array.isArray(types)) throw new Error('The internationalized-array plugin no longer lists its types');
  return types as SchemaTypeDefinition[];
}

export const allTypes: SchemaTypeDefinition[] = [...schemaTypes, ...pluginTypes()];

/** Problems `sanity schema validate` would report, flattened. */
export function schemaProblems(): { type: string; path: string; severity: string; message: string }[] {
  const validated = validateSchema(allTypes);
  return groupProblems(validated.getTypes()).flatMap((group) =>
    group.problems.map((problem) => ({
      type: group.path.map((segment) => segment.name ?? segment.kind).join('.'),
      path: JSON.stringify(group.path),
      severity: problem.severity,
      message: problem.message,
    })),
  );
}

export const schema = createSchema({ name: 'test', types: allTypes });

/** A client stand-in: `fetch` runs the query with groq-js over `documents`. */
export function groqClient(documents: readonly SanityDocument[]): SanityClient {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const tree = parse(query, { params });
      const result = await evaluate(tree, { dataset: documents, params });
      return result.get();
    },
    withConfig: () => client,
    config: () => ({ apiVersion: '2025-10-15' }),
  };
  return client as unknown as SanityClient;
}

export interface Finding {
  level: ValidationMarker['level'];
  path: string;
  message: string;
}

/**
 * Validates `document` as the Studio does (environment "studio"). With environment "cli", as
 * `sanity documents validate` runs, unknown fields are reported too, but as warnings, and Sanity then also
 * reports every other rule on an object-typed field (a slug, a nested object) as a warning.
 * `dataset` is what references and queries can see; the document itself is added.
 */
export async function validate(
  document: SanityDocument,
  dataset: readonly SanityDocument[] = [],
  environment: 'studio' | 'cli' = 'studio',
): Promise<Finding[]> {
  const documents = [...dataset.filter((candidate) => candidate._id !== document._id), document];
  const getClient = () => groqClient(documents);
  const markers = await validateDocument({
    document,
    workspace: { schema, getClient, i18n: undefined } as unknown as Workspace,
    getClient,
    getDocumentExists: async ({ id }) => documents.some((candidate) => candidate._id === id),
    environment,
  });
  return markers.map((marker) => ({
    level: marker.level,
    path: pathToString(marker.path),
    message: marker.message,
  }));
}

export function errorsOf(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.level === 'error');
}
