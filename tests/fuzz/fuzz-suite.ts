import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKeyOf } from '../../shared/http/route';
import { setDefaultTable } from '../../shared/table/client';
import {
  caseArbitrary,
  checkCase,
  type FuzzEnv,
  fuzzedRoutes,
  prepareFuzzEnv,
  RUNS,
  SEED,
  tableDiff,
} from './route-fuzz';

/**
 * One shard of the route fuzzing (the routes are dealt round-robin over the shard files, so vitest
 * runs the shards in parallel, each with its own table). The site's HTML routes have their own shard
 * with the properties that fit pages: site-fuzz.test.ts.
 */
export function fuzzShard(shard: number, shards: number) {
  let env: FuzzEnv;
  beforeAll(async () => {
    env = await prepareFuzzEnv();
  });
  afterAll(() => {
    setDefaultTable(undefined);
  });

  describe(`every route's params and body, ${RUNS} generated requests each (shard ${shard + 1}/${shards})`, () => {
    for (const route of fuzzedRoutes(shard, shards)) {
      it(`${route.fn} ${routeKeyOf(route.route)}: never 5xx, rejections are problem+json and change nothing`, async () => {
        // Prepare
        const state = { current: await env.snapshot() };
        let cases = 0;

        // Act
        await fc.assert(
          fc.asyncProperty(caseArbitrary(route, env.fixtures), async (c) => {
            cases++;
            await checkCase(env, route, c, state);
          }),
          { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
        );

        // Assess: nothing changed behind the write counter's back.
        expect(tableDiff(state.current, await env.snapshot()).empty).toBe(true);
        expect(cases).toBeGreaterThanOrEqual(RUNS);
      });
    }
  });
}
