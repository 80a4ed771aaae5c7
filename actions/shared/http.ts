import {
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  proxyPolicy,
  userAgentPolicy,
  type Pipeline
} from '@azure/core-rest-pipeline';
import { userAgent } from './version.js';

export interface HttpResponse {
  status: number;
  header(name: string): string | undefined;
  text: string;
}

let pipeline: Pipeline | undefined;
const client = createDefaultHttpClient();

/**
 * One HTTP request through the Azure SDK's own transport, the one every ARM client uses: node:https (no
 * undici to load at start), HTTPS_PROXY/NO_PROXY as self-hosted runners set them, the SDK's user agent.
 * Only those two policies: no retry (callers retry through actions/shared/retry.ts), and no form-data
 * policy, whose `typeof FormData` check alone makes Node load undici (about 9 ms of every start).
 */
export async function httpRequest(request: {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<HttpResponse> {
  if (!pipeline) {
    pipeline = createEmptyPipeline();
    pipeline.addPolicy(proxyPolicy());
    pipeline.addPolicy(userAgentPolicy({ userAgentPrefix: userAgent }));
  }
  const response = await pipeline.sendRequest(
    client,
    createPipelineRequest({
      method: request.method,
      url: request.url,
      headers: createHttpHeaders(request.headers),
      body: request.body,
      timeout: 30_000
    })
  );
  return {
    status: response.status,
    header: name => response.headers.get(name),
    text: response.bodyAsText ?? ''
  };
}
