import { request as httpsRequest } from 'node:https';
import { proxyFor } from './proxy.js';
import { userAgent } from './version.js';

export interface HttpResponse {
  status: number;
  header(name: string): string | undefined;
  text: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One request to GitHub's token service or Entra. No retry here: callers retry through retry.ts.
 *
 * Direct requests use node:https, which loads in a few milliseconds; a request a proxy must carry
 * (HTTPS_PROXY, unless NO_PROXY exempts the host) goes through the Azure SDK's transport, the one every ARM
 * client uses, loaded only then. Global fetch is not used: it ignores HTTPS_PROXY, and loading it costs
 * about 20 ms of every step's start.
 */
export async function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.url);
  return proxyFor(url) ? throughSdk(request) : direct(url, request);
}

function direct(url: URL, request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        method: request.method,
        headers: {
          'user-agent': userAgent,
          ...request.headers,
          ...(request.body === undefined ? {} : { 'content-length': Buffer.byteLength(request.body) })
        },
        timeout: 30_000
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            header: name => {
              const value = res.headers[name.toLowerCase()];
              return Array.isArray(value) ? value.join(', ') : value;
            },
            text: Buffer.concat(chunks).toString('utf8')
          })
        );
        res.on('error', reject);
      }
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer from ${url.host} within 30 s`), { code: 'ETIMEDOUT' }))
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

async function throughSdk(request: HttpRequest): Promise<HttpResponse> {
  const [{ createHttpHeaders, createPipelineRequest }, { transport }] = await Promise.all([
    import('@azure/core-rest-pipeline'),
    import('./transport.js')
  ]);
  const { pipeline, client } = transport();
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
