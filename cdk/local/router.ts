import type { FunctionSpec } from '../../shared/http/manifest-types';
import { type RouteSpec, routeKeyOf } from '../../shared/http/route';

export interface CompiledRoute {
  fn: string;
  id: string;
  spec: RouteSpec;
  routeKey: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  greedy: boolean;
}

/** Manifest paths to matchers, ordered as API Gateway picks: literal beats `{param}` beats `{proxy+}`. */
export function compileRoutes(functions: Record<string, FunctionSpec>): CompiledRoute[] {
  const compiled: CompiledRoute[] = [];
  for (const [fn, spec] of Object.entries(functions)) {
    for (const [id, route] of Object.entries(spec.routes)) {
      if (route.path === '$default') continue;
      const paramNames: string[] = [];
      let greedy = false;
      let literalSegments = 0;
      const source = route.path
        .split('/')
        .map((segment) => {
          const param = /^\{(\w+)(\+)?\}$/.exec(segment);
          if (!param) {
            if (segment) literalSegments++;
            return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }
          paramNames.push(param[1] ?? '');
          if (param[2]) {
            greedy = true;
            return '(.+)';
          }
          return '([^/]+)';
        })
        .join('/');
      compiled.push({
        fn,
        id,
        spec: route,
        routeKey: routeKeyOf(route),
        pattern: new RegExp(`^${source}$`),
        paramNames,
        literalSegments,
        greedy,
      });
    }
  }
  return compiled.sort(
    (a, b) =>
      Number(a.greedy) - Number(b.greedy) ||
      b.literalSegments - a.literalSegments ||
      a.paramNames.length - b.paramNames.length,
  );
}

export function findDefaultRoute(functions: Record<string, FunctionSpec>) {
  for (const [fn, spec] of Object.entries(functions)) {
    for (const [id, route] of Object.entries(spec.routes)) {
      if (route.path === '$default') return { fn, id, spec: route, routeKey: '$default' };
    }
  }
  return undefined;
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): ReturnType<typeof matchExact> {
  // /sv/ is the home page of the contract; its route is /sv (API Gateway paths cannot end in /).
  return (
    matchExact(routes, method, path) ??
    (path.length > 1 && path.endsWith('/') ? matchExact(routes, method, path.slice(0, -1)) : undefined)
  );
}

function matchExact(routes: CompiledRoute[], method: string, path: string) {
  for (const route of routes) {
    if (route.spec.method !== 'ANY' && route.spec.method !== method) continue;
    const found = route.pattern.exec(path);
    if (!found) continue;
    const pathParameters: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      const raw = found[i + 1] ?? '';
      try {
        pathParameters[name] = decodeURIComponent(raw);
      } catch {
        pathParameters[name] = raw;
      }
    });
    return { route, pathParameters };
  }
  return undefined;
}
