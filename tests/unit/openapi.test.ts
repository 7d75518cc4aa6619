import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../functions/manifest';
import { buildOpenApiDocument } from '../../functions/service/openapi';

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    // Prepare
    const validator = new Validator();
    // Act
    const result = await validator.validate(buildOpenApiDocument('http://localhost:3000'));
    // Assess
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route of the manifest, with its auth', () => {
    // Act
    const doc = buildOpenApiDocument();
    // Assess
    for (const { route } of allRoutes()) {
      if (route.path === '$default') continue;
      const operation = (doc.paths[route.path] as Record<string, { security: unknown[] }>)[
        route.method.toLowerCase()
      ];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.security.length === 0).toBe(route.auth === 'public');
    }
  });

  it('takes request schemas from the zod schemas that validate them', () => {
    // Act
    const doc = buildOpenApiDocument();
    // Assess
    const people = (
      doc.paths['/admin/people'] as Record<
        string,
        { parameters: { name: string; required: boolean; schema: { format?: string } }[] }
      >
    ).get;
    const emailParam = people?.parameters.find((p) => p.name === 'email');
    expect(emailParam).toMatchObject({ required: true, schema: { format: 'email' } });
  });
});
