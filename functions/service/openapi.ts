import type * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import type { RouteSpec } from '../../shared/http/route';
import { problemSchema } from '../../shared/http/schemas';
import { allRoutes } from '../manifest';

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
  return rest as JsonSchema;
};

function parametersOf(route: RouteSpec) {
  const params: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || !!json.required?.includes(name),
        schema: property,
      });
    }
  }
  params.push({ name: 'lang', in: 'query', required: false, schema: { enum: ['sv', 'fi', 'en'] } });
  if (route.method === 'POST' && route.idempotent !== false) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', maxLength: 255 },
    });
  }
  return params;
}

const commonProblems = (route: RouteSpec): number[] => [
  ...(route.body || route.query || route.params ? [400] : []),
  ...(route.auth === 'public' ? [] : [401, 403]),
  ...(route.body ? [413, 415] : []),
  429,
  503,
];

/**
 * OpenAPI 3.1 for every route of the manifest, from the zod schemas that validate the requests:
 * the document cannot drift from the code because it is the code.
 */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { fn, id, route } of allRoutes()) {
    if (route.path === '$default') continue;
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      const isProblem = Number(status) >= 400;
      const contentType = spec.contentType ?? (isProblem ? 'application/problem+json' : 'application/json');
      const schema = spec.schema
        ? schemaOf(spec.schema, 'output')
        : isProblem
          ? { $ref: '#/components/schemas/Problem' }
          : undefined;
      responses[status] = {
        description: spec.description,
        ...(schema || spec.contentType ? { content: { [contentType]: schema ? { schema } : {} } } : {}),
      };
    }
    for (const status of commonProblems(route)) {
      responses[String(status)] ??= {
        description: 'Problem details (RFC 9457)',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const methods = route.method === 'ANY' ? ['get', 'post', 'put', 'delete'] : [route.method.toLowerCase()];
    for (const method of methods) {
      paths[route.path] ??= {};
      paths[route.path]![method] = {
        operationId: methods.length > 1 ? `${fn}.${id}.${method}` : `${fn}.${id}`,
        summary: route.summary,
        tags: route.tags ?? [fn],
        parameters: parametersOf(route),
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
              },
            }
          : {}),
        responses,
        ...(route.auth === 'public'
          ? { security: [] }
          : { security: [{ cognito: [] }], 'x-groups': route.auth }),
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Equality network platform API',
      version: '1.0.0',
      description:
        'Events, network membership, nomination requests and award campaigns of a regional equality and non-discrimination network. Errors are application/problem+json (RFC 9457) in the language of `lang` or Accept-Language.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas: { Problem: schemaOf(problemSchema, 'output') },
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Cognito (or local issuer) JWT; groups coordinator, jury',
        },
      },
    },
  };
}
