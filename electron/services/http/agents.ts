// One keep-alive Agent per instance, reused across calls so TLS handshakes and TCP
// connects are paid once. A changed profile (URL, TLS options) gets a fresh agent.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { InstanceProfile } from '../../../shared/areas/instances/model';

export type AnyAgent = HttpAgent | HttpsAgent;

/** What the agent depends on; any change means a new agent. */
export function profileRevision(profile: Pick<InstanceProfile, 'baseUrl' | 'tls'>): string {
  return JSON.stringify([profile.baseUrl, profile.tls.caCertPem ?? '', profile.tls.skipVerify]);
}

export function createAgent(profile: Pick<InstanceProfile, 'baseUrl' | 'tls'>): AnyAgent {
  const common = { keepAlive: true, keepAliveMsecs: 15_000, maxSockets: 16, maxFreeSockets: 8 };
  if (new URL(profile.baseUrl).protocol !== 'https:') return new HttpAgent(common);
  return new HttpsAgent({ ...common, ...tlsOptionsOf(profile) });
}

/** CA and verification options shared with the connection test's handshake. */
export function tlsOptionsOf(profile: Pick<InstanceProfile, 'tls'>): { ca?: string[]; rejectUnauthorized: boolean } {
  const ca = profile.tls.caCertPem ? [...rootCertificates, profile.tls.caCertPem] : undefined;
  return { ...(ca ? { ca } : {}), rejectUnauthorized: !profile.tls.skipVerify };
}

export class AgentCache {
  private readonly agents = new Map<string, { revision: string; agent: AnyAgent }>();

  agentFor(profile: Pick<InstanceProfile, 'id' | 'baseUrl' | 'tls'>): AnyAgent {
    const revision = profileRevision(profile);
    const cached = this.agents.get(profile.id);
    if (cached && cached.revision === revision) return cached.agent;
    cached?.agent.destroy();
    const agent = createAgent(profile);
    this.agents.set(profile.id, { revision, agent });
    return agent;
  }

  forget(instanceId: string): void {
    this.agents.get(instanceId)?.agent.destroy();
    this.agents.delete(instanceId);
  }

  closeAll(): void {
    for (const { agent } of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}
