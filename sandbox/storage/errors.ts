// Azure Storage's error format: an XML body with Code and Message (the message ends with the request id and time,
// as the service's do), and the code again in x-ms-error-code.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';

export interface StorageReply {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sendStorageError(res: http.ServerResponse, reply: StorageReply, now: Date): void {
  const requestId = randomUUID();
  const body =
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${reply.code}</Code><Message>${escape(reply.message)}\n` +
    `RequestId:${requestId}\nTime:${now.toISOString()}</Message></Error>`;
  res.writeHead(reply.status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body),
    'x-ms-request-id': requestId,
    'x-ms-version': '2026-02-06',
    'x-ms-error-code': reply.code,
    ...reply.headers
  });
  res.end(body);
}

/** What the service answers a scripted fault with, by status. */
export function faultReply(status: number): StorageReply {
  if (status === 503) return { status, code: 'ServerBusy', message: 'The server is busy.' };
  if (status === 500)
    return {
      status,
      code: 'InternalError',
      message: 'The server encountered an internal error. Please retry the request.'
    };
  if (status === 429) return { status, code: 'ServerBusy', message: 'Ingress is over the account limit.' };
  return {
    status,
    code: 'OperationTimedOut',
    message: 'The operation could not be completed within the permitted time.'
  };
}
