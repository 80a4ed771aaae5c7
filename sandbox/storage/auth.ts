// Who may call a blob endpoint, as Azure Storage decides: a bearer token from Entra ID (signature, audience, expiry
// on the sandbox clock, the account's tenant), then the caller's role assignments at the container or blob scope:
// actions for the container and user-delegation-key operations, data actions for blobs. A user delegation SAS is
// checked by Azurite (signature, expiry, permissions) and here for its signer's data role, which Azure also requires.
import { compactVerify, type JWTPayload } from 'jose';
import { entraKeys } from '../entra.js';
import type { Sandbox } from '../index.js';
import type { StorageAccountSpec } from '../world.js';
import type { StorageReply } from './errors.js';

export const STORAGE_AUDIENCES = ['https://storage.azure.com', 'https://storage.azure.com/'];

/** The permission an operation needs: an action (control of containers, delegation keys) or a data action (blobs). */
export interface Permission {
  kind: 'action' | 'dataAction';
  name: string;
  /** The operation, as the call log names it. */
  operation: string;
}

const prefix = 'Microsoft.Storage/storageAccounts/blobServices';

/** The operation a request is, from its method, path and query, and the permission it needs. */
export function permissionFor(
  method: string,
  container: string,
  blob: string,
  query: URLSearchParams
): Permission {
  const comp = query.get('comp');
  const restype = query.get('restype');
  if (restype === 'service' && comp === 'userdelegationkey')
    return {
      kind: 'action',
      name: `${prefix}/generateUserDelegationKey/action`,
      operation: 'GetUserDelegationKey'
    };
  if (!container || restype === 'service')
    return { kind: 'action', name: `${prefix}/read`, operation: 'GetServiceProperties' };
  if (!blob) {
    if (comp === 'list')
      return { kind: 'dataAction', name: `${prefix}/containers/blobs/read`, operation: 'ListBlobs' };
    if (method === 'PUT')
      return { kind: 'action', name: `${prefix}/containers/write`, operation: 'CreateContainer' };
    if (method === 'DELETE')
      return { kind: 'action', name: `${prefix}/containers/delete`, operation: 'DeleteContainer' };
    return { kind: 'action', name: `${prefix}/containers/read`, operation: 'GetContainerProperties' };
  }
  if (method === 'GET' || method === 'HEAD')
    return { kind: 'dataAction', name: `${prefix}/containers/blobs/read`, operation: 'GetBlob' };
  if (method === 'DELETE')
    return { kind: 'dataAction', name: `${prefix}/containers/blobs/delete`, operation: 'DeleteBlob' };
  const operation = comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : 'PutBlob';
  return { kind: 'dataAction', name: `${prefix}/containers/blobs/write`, operation };
}

const wildcard = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

export class StorageAuth {
  constructor(private readonly sandbox: Sandbox) {}

  /** The caller's object id from a bearer token, or Azure Storage's 401. */
  async authenticate(
    header: string,
    account: StorageAccountSpec
  ): Promise<{ objectId: string } | StorageReply> {
    const { sandbox } = this;
    const tenantId = sandbox.world.subscriptions.find(s => s.id === account.subscriptionId)?.tenantId ?? '';
    const challenge = {
      'WWW-Authenticate': `Bearer authorization_uri=https://login.microsoftonline.com/${tenantId}/oauth2/authorize resource_id=https://storage.azure.com`
    };
    const failed = (message: string): StorageReply => ({
      status: 401,
      code: 'InvalidAuthenticationInfo',
      message,
      headers: challenge
    });
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token)
      return failed(
        'Authentication information is not given in the correct format. Check the value of Authorization header.'
      );
    let claims: JWTPayload;
    try {
      const { payload } = await compactVerify(token, await entraKeys(sandbox, tenantId));
      claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
    } catch {
      return failed(
        'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.'
      );
    }
    const audiences = [...STORAGE_AUDIENCES, `https://${account.name}.blob.core.windows.net`];
    if (!audiences.includes(String(claims.aud)))
      return failed(`Audience validation failed. Audience did not match.`);
    if ((claims.exp ?? 0) * 1000 <= sandbox.clock.now().getTime())
      return failed('Lifetime validation failed. The token is expired.');
    if (claims.tid !== tenantId) return failed('Issuer validation failed. Issuer did not match.');
    return { objectId: String(claims.oid) };
  }

  /** Whether the principal's role assignments at or above the scope grant the permission. */
  allows(principalId: string, permission: Permission, scope: string): boolean {
    const target = scope.toLowerCase();
    const { world } = this.sandbox;
    return world.roleAssignments.some(a => {
      const at = a.scope.toLowerCase().replace(/\/$/, '');
      if (a.principalId.toLowerCase() !== principalId.toLowerCase()) return false;
      if (!(at === '' || target === at || target.startsWith(`${at}/`))) return false;
      const role = world.roleDefinitions.find(d => d.name === a.roleDefinitionName);
      const [granted, denied] =
        permission.kind === 'action'
          ? [role?.actions ?? [], role?.notActions ?? []]
          : [role?.dataActions ?? [], role?.notDataActions ?? []];
      return (
        granted.some(p => wildcard(p).test(permission.name)) &&
        !denied.some(p => wildcard(p).test(permission.name))
      );
    });
  }
}

/** The ARM scope of a container or blob, as role assignments name it. */
export function storageScope(account: StorageAccountSpec, container: string, blob: string): string {
  const base = `/subscriptions/${account.subscriptionId}/resourceGroups/${account.resourceGroup}/providers/Microsoft.Storage/storageAccounts/${account.name}/blobServices/default`;
  if (!container) return base;
  return `${base}/containers/${container}${blob ? `/blobs/${blob}` : ''}`;
}
