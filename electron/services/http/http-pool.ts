// One PlatformHttp per instance, rebuilt only when the profile or its secret changes,
// over one keep-alive agent per instance (AgentCache).
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import { silentLogger, type Logger } from '../log/logger';
import { withAccessPasswordHint } from './access-password';
import { AgentCache } from './agents';
import { createPlatformHttp } from './client';
import type { PlatformHttp } from './types';

export class HttpPool {
  private readonly agents = new AgentCache();
  private readonly clients = new Map<string, { key: string; secret: string | undefined; http: PlatformHttp }>();

  constructor(
    private readonly userAgent = 'Lilypad',
    private readonly log: Logger = silentLogger,
  ) {}

  httpFor(profile: InstanceProfile, secret: string | undefined): PlatformHttp {
    const key = JSON.stringify([profile.baseUrl, profile.authKind, profile.username ?? '', profile.timeoutMs, profile.tls]);
    const cached = this.clients.get(profile.id);
    if (cached && cached.key === key && cached.secret === secret) return cached.http;
    const http = withAccessPasswordHint(createPlatformHttp({ profile, secret, agent: this.agents.agentFor(profile), userAgent: this.userAgent, log: this.log }), profile.authKind);
    this.clients.set(profile.id, { key, secret, http });
    return http;
  }

  forget(instanceId: string): void {
    this.clients.delete(instanceId);
    this.agents.forget(instanceId);
  }

  close(): void {
    this.clients.clear();
    this.agents.closeAll();
  }
}
