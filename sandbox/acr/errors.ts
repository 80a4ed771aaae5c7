// How a registry answers an error: the distribution spec's `{"errors": [...]}` with ACR's codes, sent as JSON with
// the Docker-Distribution-Api-Version header every registry answer carries.
import type http from 'node:http';

/** An answer of the front that is not streamed from the registry process. */
export interface RegistryReply {
  status: number;
  body: unknown;
  detail?: Record<string, unknown>;
}

export const acrError = (status: number, code: string, message: string, detail?: unknown) => ({
  status,
  body: { errors: [{ code, message, ...(detail ? { detail } : {}) }] }
});

export const unauthorized = (
  message = 'authentication required, visit https://aka.ms/acr/authorization for more information.'
) => acrError(401, 'UNAUTHORIZED', message);

export function send(
  res: http.ServerResponse,
  reply: { status: number; body: unknown },
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Docker-Distribution-Api-Version': 'registry/2.0',
    ...headers
  });
  res.end(text);
}
