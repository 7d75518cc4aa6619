import { httpHandler } from '../../shared/http/handler';
import { problem } from '../../shared/http/problem';
import { json } from '../../shared/http/reply';
import { buildOpenApiDocument } from './openapi';
import { serviceRoutes } from './routes';

let openApi: ReturnType<typeof buildOpenApiDocument> | undefined;

export const handler = httpHandler(serviceRoutes, {
  health: async () => json(200, { status: 'ok' }),
  openapi: async () => {
    openApi ??= buildOpenApiDocument();
    return json(200, openApi, { 'cache-control': 'public, max-age=300' });
  },
  notFound: async () => {
    throw problem('not-found');
  },
});
