// The HTTPS front of the blob endpoints (`<account>.blob.core.windows.net` through the proxy): scripted faults, then
// who is calling (an Entra token, a SAS, or an account key, which these accounts refuse), the caller's role for the
// operation, and the request streamed both ways to Azurite, which does the storage.
import http from 'node:http';
import https from 'node:https';
import type { FaultRule, Faults } from '../core.js';
import type { Sandbox } from '../index.js';
import type { StorageAccountSpec } from '../world.js';
import { permissionFor, storageScope, type StorageAuth } from './auth.js';
import { faultReply, sendStorageError } from './errors.js';

export interface StorageCall {
  account: string;
  method: string;
  path: string;
  /** Azure Storage's name for the operation: PutBlob, GetBlob, GetUserDelegationKey, ... */
  operation: string;
  status: number;
  /** How the caller authenticated. */
  auth: 'bearer' | 'sas' | 'shared-key' | 'anonymous';
  /** The object id of a bearer token's caller, or of a user delegation SAS's signer. */
  principal?: string;
  fault?: boolean;
}

export interface FrontState {
  sandbox: Sandbox;
  auth: StorageAuth;
  faults: Faults;
  calls: StorageCall[];
  /** User delegation keys and SAS signatures seen, to scan logs for leaks. */
  secrets: Set<string>;
  azuritePort(): number;
}

const blobHost = /^([a-z0-9]{3,24})\.blob\.core\.windows\.net$/;

export function storageFront(state: FrontState) {
  const { sandbox, auth, faults, calls, secrets } = state;
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const named = blobHost.exec(url.hostname)?.[1];
    // Path-style on the loopback address (https://127.0.0.1:<port>/<account>/...), host-style through the proxy.
    const accountName = named ?? segments.shift() ?? '';
    const account = (sandbox.world.storageAccounts ?? []).find(a => a.name === accountName);
    const now = sandbox.clock.now();
    if (!account) {
      req.resume();
      return sendStorageError(
        res,
        {
          status: 400,
          code: 'InvalidUri',
          message: `There is no storage account '${accountName}' in the sandbox.`
        },
        now
      );
    }
    const container = segments[0] ?? '';
    const blob = segments.slice(1).join('/');
    const permission = permissionFor(method, container, blob, url.searchParams);
    const header = String(req.headers.authorization ?? '');
    const sas = url.searchParams.get('sig');
    const kind: StorageCall['auth'] = /^Bearer /i.test(header)
      ? 'bearer'
      : /^SharedKey /i.test(header)
        ? 'shared-key'
        : sas
          ? 'sas'
          : 'anonymous';
    const record = (status: number, extra: Partial<StorageCall> = {}) =>
      calls.push({
        account: account.name,
        method,
        path: url.pathname,
        operation: permission.operation,
        status,
        auth: kind,
        ...extra
      });
    const refuse = (reply: Parameters<typeof sendStorageError>[1], extra: Partial<StorageCall> = {}) => {
      req.resume();
      record(reply.status, extra);
      sendStorageError(res, reply, now);
    };

    const fault: FaultRule | undefined = faults.take(
      'storage',
      method,
      url.pathname + url.search,
      account.name
    );
    if (fault) {
      if (fault.reset) {
        record(0, { fault: true });
        req.socket.destroy();
        return;
      }
      const reply = faultReply(fault.status ?? 503);
      if (fault.retryAfterSeconds !== undefined)
        reply.headers = { 'Retry-After': String(fault.retryAfterSeconds) };
      const send = () => refuse(reply, { fault: true });
      if (fault.latencyMs) setTimeout(send, fault.latencyMs);
      else send();
      return;
    }

    void (async () => {
      let principal: string | undefined;
      if (kind === 'shared-key') {
        return refuse({
          status: 403,
          code: 'KeyBasedAuthenticationNotPermitted',
          message: 'Key based authentication is not permitted on this storage account.'
        });
      }
      if (kind === 'bearer') {
        const who = await auth.authenticate(header, account);
        if ('status' in who) return refuse(who);
        principal = who.objectId;
      } else if (kind === 'sas') {
        secrets.add(sas!);
        // A user delegation SAS is worth only what its signer may still do.
        principal = url.searchParams.get('skoid') ?? undefined;
      }
      if (principal && !auth.allows(principal, permission, storageScope(account, container, blob))) {
        return refuse(
          {
            status: 403,
            code: 'AuthorizationPermissionMismatch',
            message: 'This request is not authorized to perform this operation using this permission.'
          },
          { principal }
        );
      }
      forward(
        req,
        res,
        state.azuritePort(),
        sandbox.tls.ca,
        permission.operation === 'GetUserDelegationKey',
        status => {
          record(status, principal ? { principal } : {});
        },
        body => {
          const value = /<Value>([^<]+)<\/Value>/.exec(body)?.[1];
          if (value) secrets.add(value);
        }
      );
    })().catch((error: unknown) => {
      console.error('sandbox storage front:', error);
      if (!res.headersSent)
        refuse({
          status: 500,
          code: 'InternalError',
          message: 'The server encountered an internal error. Please retry the request.'
        });
    });
  };
}

/** Passes the request to Azurite unchanged (the Host header names the account) and its answer back, streamed. */
function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  port: number,
  ca: string,
  inspect: boolean,
  done: (status: number) => void,
  onBody: (body: string) => void
): void {
  const upstream = https.request(
    { hostname: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, ca },
    answer => {
      const status = answer.statusCode ?? 502;
      done(status);
      res.writeHead(status, answer.headers);
      if (!inspect) {
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        onBody(body.toString());
        res.end(body);
      });
    }
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

export type { StorageAccountSpec };
