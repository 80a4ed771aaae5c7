import {
  createDefaultHttpClient,
  createEmptyPipeline,
  proxyPolicy,
  userAgentPolicy,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy
} from '@azure/core-rest-pipeline';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { Agent } from 'node:http';
import { proxyFor } from './proxy.js';
import { userAgent } from './version.js';

/**
 * Connections through a proxy that stay open between requests. The SDK's own proxy policy makes its proxy
 * agents without keep-alive, so every request through HTTPS_PROXY pays a new CONNECT and TLS handshake; a
 * registry conversation is dozens of small requests. An agent set on the request takes precedence.
 */
function keepAliveProxyPolicy(): PipelinePolicy {
  const agents = new Map<string, Agent>();
  return {
    name: 'keepAliveProxyPolicy',
    sendRequest(request, next) {
      const url = new URL(request.url);
      const proxy = proxyFor(url);
      if (proxy && !request.agent) {
        const key = `${url.protocol} ${proxy}`;
        let agent = agents.get(key);
        if (!agent) {
          agent =
            url.protocol === 'https:'
              ? new HttpsProxyAgent(proxy, { keepAlive: true })
              : new HttpProxyAgent(proxy, { keepAlive: true });
          agents.set(key, agent);
        }
        request.agent = agent;
      }
      return next(request);
    }
  };
}

let shared: { pipeline: Pipeline; client: HttpClient } | undefined;

/**
 * The one HTTP transport for the requests we make ourselves (registries, ACR's token service, GitHub and Entra
 * behind a proxy): the Azure SDK's client with the proxy and user-agent policies, and no retry or form-data
 * policy (callers retry through retry.ts; the form-data check loads undici).
 */
export function transport(): { pipeline: Pipeline; client: HttpClient } {
  if (!shared) {
    const pipeline = createEmptyPipeline();
    pipeline.addPolicy(keepAliveProxyPolicy());
    pipeline.addPolicy(proxyPolicy());
    pipeline.addPolicy(userAgentPolicy({ userAgentPrefix: userAgent }));
    shared = { pipeline, client: createDefaultHttpClient() };
  }
  return shared;
}
