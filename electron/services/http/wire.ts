// How one platform request goes on the wire: URL, headers (auth, user agent, body type)
// and the body. Shared by buffered calls (client.ts) and streamed downloads (download.ts).
import { request as httpRequest, type OutgoingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import type { AnyAgent } from './agents';
import { authorizationHeader } from './auth';
import type { PlatformRequest } from './types';

export interface Wire {
  base: URL;
  send: typeof httpRequest;
  agent: AnyAgent;
  authorization: string | undefined;
  userAgent: string;
}

export function createWire(profile: InstanceProfile, secret: string | undefined, agent: AnyAgent, userAgent: string): Wire {
  const base = new URL(profile.baseUrl);
  return { base, send: base.protocol === 'https:' ? httpsRequest : httpRequest, agent, authorization: authorizationHeader(profile, secret), userAgent };
}

export interface Outgoing {
  options: RequestOptions;
  body: string | undefined;
  /** The full URL (for resolving a relative Location). */
  url: URL;
}

export function outgoingRequest(wire: Wire, req: PlatformRequest): Outgoing {
  const body = req.text !== undefined ? req.text : req.json !== undefined ? JSON.stringify(req.json) : undefined;
  const headers: OutgoingHttpHeaders = {
    Accept: 'application/json, text/plain;q=0.9, */*;q=0.8',
    'User-Agent': wire.userAgent,
    ...req.headers,
  };
  if (body !== undefined) {
    headers['Content-Type'] = req.contentType ?? (req.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json');
    headers['Content-Length'] = Buffer.byteLength(body);
  }
  if (!req.anonymous && wire.authorization) headers.Authorization = wire.authorization;
  const path = wire.base.pathname.replace(/\/+$/, '') + req.path + queryString(req.query);
  return {
    options: { protocol: wire.base.protocol, hostname: wire.base.hostname, port: wire.base.port || undefined, method: req.method, path, headers, agent: wire.agent },
    body,
    url: new URL(path, wire.base.origin),
  };
}

function queryString(query: PlatformRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const isRedirectStatus = (status: number): boolean => status >= 300 && status < 400;
export const isSuccessStatus = (status: number): boolean => status >= 200 && status < 300;
