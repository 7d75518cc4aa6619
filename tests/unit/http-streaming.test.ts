import { describe, expect, it } from 'vitest';
import { httpHandler } from '../../shared/http/handler';
import { defineRoute } from '../../shared/http/route';
import { httpEvent } from '../support/events';

const routes = {
  csv: defineRoute({ method: 'GET', path: '/csv', auth: 'public', summary: 'streams', responses: {} }),
};

const throttled = () => Object.assign(new Error('slow down'), { name: 'ThrottlingException' });

function handlerStreaming(chunks: (() => string)[]) {
  return httpHandler(routes, {
    csv: async () => ({
      status: 200,
      contentType: 'text/csv; charset=utf-8',
      stream: (async function* () {
        for (const chunk of chunks) yield chunk();
      })(),
    }),
  });
}

const event = () => httpEvent('GET /csv');
const collect = async (chunks: AsyncIterable<string> | undefined) => {
  const out: string[] = [];
  for await (const chunk of chunks ?? []) out.push(chunk);
  return out;
};

describe('streamed replies', () => {
  it('joins the chunks into the body for Lambda, and hands them over one by one to a streaming server', async () => {
    // Prepare
    const handler = handlerStreaming([() => 'a,b\r\n', () => '1,2\r\n', () => '3,4\r\n']);

    // Act
    const whole = await handler(event());
    const streamed = await handler.streaming(event());

    // Assess
    expect(whole).toMatchObject({ statusCode: 200, body: 'a,b\r\n1,2\r\n3,4\r\n' });
    expect(whole.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    expect(streamed.result.statusCode).toBe(200);
    expect(streamed.result.body).toBeUndefined();
    expect(await collect(streamed.chunks)).toEqual(['a,b\r\n', '1,2\r\n', '3,4\r\n']);
  });

  it('answers 503 problem+json when the first chunk fails, before any status is committed', async () => {
    // Prepare
    const handler = handlerStreaming([
      () => {
        throw throttled();
      },
    ]);

    // Act
    const whole = await handler(event());
    const streamed = await handler.streaming(event());

    // Assess
    for (const result of [whole, streamed.result]) {
      expect(result.statusCode).toBe(503);
      expect(result.headers?.['content-type']).toBe('application/problem+json');
      expect(result.headers?.['retry-after']).toBe('2');
    }
    expect(streamed.chunks).toBeUndefined();
  });

  it('never returns a cut-off body on the Lambda path when a later chunk fails', async () => {
    // Prepare
    const handler = handlerStreaming([
      () => 'a,b\r\n',
      () => {
        throw throttled();
      },
    ]);

    // Act
    const whole = await handler(event());
    const streamed = await handler.streaming(event());

    // Assess
    expect(whole.statusCode).toBe(503);
    expect(JSON.parse(whole.body ?? '{}').type).toBe('/problems/unavailable');
    expect(streamed.result.statusCode).toBe(200);
    await expect(collect(streamed.chunks)).rejects.toThrow('slow down');
  });
});
