// Matches a method and path against the registered route patterns.

import type { RouteHandler, RouteOptions } from './module';

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
  options: RouteOptions;
}

export type RouteMatch = { kind: 'found'; handler: RouteHandler; options: RouteOptions; params: Record<string, string> } | { kind: 'wrong-method' } | { kind: 'none' };

const split = (path: string) => path.split('/').filter((segment) => segment.length > 0);

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler, options: RouteOptions = {}): void {
    const segments = split(pattern);
    const duplicate = this.routes.some((r) => r.method === method && r.segments.join('/') === segments.join('/'));
    // Two modules claiming one route is a wiring bug; fail loudly at start-up.
    if (duplicate) throw new Error(`fake platform: route ${method} ${pattern} registered twice`);
    this.routes.push({ method, segments, handler, options });
  }

  match(method: string, path: string): RouteMatch {
    const parts = split(path);
    let pathMatched = false;
    // Literal routes win over parameter routes ('/users/me' before '/users/:name').
    const ranked = [...this.candidates(parts)].sort((a, b) => b.literals - a.literals);
    for (const candidate of ranked) {
      // HEAD is served by the GET handler, as HTTP servers usually do.
      const wanted = method === 'HEAD' && candidate.route.method === 'GET' ? 'HEAD' : candidate.route.method;
      if (wanted === method) {
        return { kind: 'found', handler: candidate.route.handler, options: candidate.route.options, params: candidate.params };
      }
      pathMatched = true;
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
  }

  private *candidates(parts: string[]) {
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts, route.options.plusIsSpace ? plusAsSpace : safeDecode);
      if (params) yield { route, params, literals: route.segments.filter((s) => !s.startsWith(':') && s !== '*').length };
    }
  }
}

function matchSegments(pattern: string[], parts: string[], decode: (part: string) => string): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i];
    if (segment === '*' && i === pattern.length - 1) {
      params['*'] = parts.slice(i).map(decode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(part);
    else if (segment !== part) return null;
  }
  return parts.length === pattern.length ? params : null;
}

/** Form-style decoding: a literal '+' is a space, '%2B' a plus. */
const plusAsSpace = (part: string): string => safeDecode(part.replace(/\+/g, ' '));

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
