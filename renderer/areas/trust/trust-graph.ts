// The circle of trust of all saved instances: which instance federates to which, with the
// entities. A federation target is matched to a saved instance by its Access URL (the
// instance's base URL + /access, either with or without a trailing slash, any case of host).
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { FederationTarget } from '../../../shared/areas/trust/model';

export interface TrustEdge {
  from: string;
  /** A saved instance's id, or undefined when the target is not a saved instance. */
  to: string | undefined;
  targetName: string;
  url: string;
  entities: string[];
  active: boolean;
}

export interface TrustGraph {
  nodes: { id: string; name: string; state: 'loaded' | 'failed' | 'loading' }[];
  edges: TrustEdge[];
}

/** "https://Host:443/x/access/" → "https://host/x": comparable across spellings. */
export function normaliseBase(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '').replace(/\/access$/, '');
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/** The Access URL a federation posts to, from an instance's base URL. */
export const accessUrlOf = (baseUrl: string): string => `${baseUrl.replace(/\/+$/, '')}/access`;

export function buildTrustGraph(instances: InstanceView[], federations: (FederationTarget[] | undefined | null)[], failed: boolean[] = []): TrustGraph {
  const byBase = new Map(instances.map((instance) => [normaliseBase(instance.baseUrl), instance.id]));
  const nodes = instances.map((instance, index) => ({
    id: instance.id,
    name: instance.name,
    state: failed[index] ? ('failed' as const) : federations[index] ? ('loaded' as const) : ('loading' as const),
  }));
  const edges: TrustEdge[] = [];
  instances.forEach((instance, index) => {
    for (const target of federations[index] ?? []) {
      edges.push({
        from: instance.id,
        to: byBase.get(normaliseBase(target.url)),
        targetName: target.name,
        url: target.url,
        entities: target.entities,
        active: target.active,
      });
    }
  });
  return { nodes, edges };
}

/** Node positions on an ellipse filling the drawing (a handful of instances); two sit side by side. */
export function circleLayout(count: number, width: number, height: number): { x: number; y: number }[] {
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(10, width / 2 - 80);
  const ry = Math.max(10, height / 2 - 50);
  if (count === 1) return [{ x: cx, y: cy }];
  const start = count === 2 ? Math.PI : -Math.PI / 2;
  return Array.from({ length: count }, (_, i) => {
    const angle = start + (2 * Math.PI * i) / count;
    return { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
}
