/**
 * The Studio as sanity.config.ts configures it: one workspace per editor language (sv, fi, en), each with its
 * schema compiled the way the Studio compiles it, and document validation that never touches the network:
 * references and GROQ look-ups (slug uniqueness, the municipality check) run with groq-js over the documents a
 * test provides.
 */
import { groupProblems, validateSchema } from '@sanity/schema/_internal';
import { evaluate, parse } from 'groq-js';
import {
  pathToString,
  prepareConfig,
  type SanityClient,
  type SanityDocument,
  type SchemaTypeDefinition,
  type ValidationMarker,
  validateDocument,
  type Workspace,
} from 'sanity';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { type StudioLanguage, translator } from '../../../sanity/i18n';
import config from '../../../sanity/sanity.config';
import { schemaTypes } from '../../../sanity/schemaTypes';
import { internationalizedArrayConfig } from '../../../sanity/schemaTypes/localizedTypes';

function pluginTypes(): SchemaTypeDefinition[] {
  const plugin = internationalizedArray(internationalizedArrayConfig);
  const types = plugin.schema?.types;
  if (!Array.isArray(types)) throw new Error('The internationalized-array plugin no longer lists its types');
  return types as SchemaTypeDefinition[];
}

/** Our types in `language` and the plugin's localised types: what `sanity schema validate` checks. */
export function allTypes(language: StudioLanguage): SchemaTypeDefinition[] {
  return [...schemaTypes(translator(language)), ...pluginTypes()];
}

/** Problems `sanity schema validate` would report, flattened. */
export function schemaProblems(
  language: StudioLanguage,
): { type: string; path: string; severity: string; message: string }[] {
  const validated = validateSchema(allTypes(language));
  return groupProblems(validated.getTypes()).flatMap((group) =>
    group.problems.map((problem) => ({
      type: group.path.map((segment) => segment.name ?? segment.kind).join('.'),
      path: JSON.stringify(group.path),
      severity: problem.severity,
      message: problem.message,
    })),
  );
}

/** The workspaces of sanity.config.ts, prepared as the Studio prepares them (schema, i18n, plugins). */
export const workspaces = prepareConfig(config).workspaces;

export function workspaceOf(language: StudioLanguage) {
  const workspace = workspaces.find((candidate) => candidate.name === language);
  if (!workspace) throw new Error(`sanity.config.ts has no workspace "${language}"`);
  return workspace;
}

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
 * Validates `document` as the Studio's workspace in `language` does (environment "studio"): our messages in
 * that language, Sanity's own in its interface locale. With environment "cli", as `sanity documents validate`
 * runs, unknown fields are reported too, but as warnings, and Sanity then also reports every other rule on an
 * object-typed field (a slug, a nested object) as a warning. `dataset` is what references and queries can see;
 * the document itself is added.
 */
export async function validate(
  document: SanityDocument,
  dataset: readonly SanityDocument[] = [],
  environment: 'studio' | 'cli' = 'studio',
  language: StudioLanguage = 'en',
): Promise<Finding[]> {
  const documents = [...dataset.filter((candidate) => candidate._id !== document._id), document];
  const getClient = () => groqClient(documents);
  const { schema, i18n } = workspaceOf(language);
  const markers = await validateDocument({
    document,
    workspace: { schema, getClient, i18n } as unknown as Workspace,
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
