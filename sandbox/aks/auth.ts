// Who may call the API server: AKS-managed Entra ID (an Entra access token for the AKS server app, of the
// cluster's tenant, on the sandbox clock) and Azure RBAC for Kubernetes (the cluster's writers may do everything).
import { compactVerify, type JWTPayload } from 'jose';
import type { Reply, Request } from '../core.js';
import { entraKeys } from '../entra.js';
import type { Sandbox } from '../index.js';
import type { KubernetesCluster } from '../world.js';
import { status } from './errors.js';
import { AKS_SERVER_APP, resourceName, type ResourceType } from './model.js';

export class ClusterAuth {
  /** Users who presented a client certificate of the group system:masters, whom no authorizer refuses. */
  private readonly masters = new Set<string>();

  constructor(
    private readonly sandbox: Sandbox,
    private readonly cluster: KubernetesCluster,
    /** Static bearer tokens and the user each is, as kube-apiserver's --token-auth-file: a cluster outside Azure. */
    private readonly tokens: Record<string, string> = {}
  ) {}

  /** The caller's object id, or the API server's bare 401. */
  async authenticate(req: Request): Promise<{ objectId: string } | Reply> {
    const { sandbox } = this;
    const token = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const unauthorized = status(401, 'Unauthorized', 'Unauthorized');
    // kube-apiserver's x509 authenticator: a certificate the cluster CA signed, the CN the user, each O a group.
    // AKS disables it with local accounts off; a cluster outside Azure (kind, kubeadm) signs its admin's this way.
    if (!token && req.clientCertificate) {
      const { commonName, organizations } = req.clientCertificate;
      if (organizations.includes('system:masters')) this.masters.add(commonName);
      return { objectId: commonName };
    }
    if (!token) return unauthorized;
    if (this.tokens[token]) return { objectId: this.tokens[token]! };
    let claims: JWTPayload;
    try {
      const { payload } = await compactVerify(token, await entraKeys(sandbox, sandbox.world.tenants[0]!.id));
      claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
    } catch {
      return unauthorized;
    }
    const subscription = sandbox.world.subscriptions.find(s => s.id === this.cluster.subscriptionId);
    if (
      claims.aud !== AKS_SERVER_APP ||
      (claims.exp ?? 0) * 1000 <= sandbox.clock.now().getTime() ||
      claims.tid !== subscription?.tenantId
    ) {
      return unauthorized;
    }
    return { objectId: String(claims.oid) };
  }

  /** Whether the identity is one of the cluster's writers (Azure Kubernetes Service RBAC Writer), who may do all. */
  isWriter(objectId: string): boolean {
    return (
      this.masters.has(objectId) ||
      Object.values(this.tokens).includes(objectId) ||
      this.cluster.writers.some(w => w.toLowerCase() === objectId.toLowerCase())
    );
  }

  /** Azure RBAC's answer for `verb` on an object or a collection: undefined when allowed, else AKS's 403. */
  authorize(
    objectId: string,
    verb: string,
    {
      type,
      namespace,
      name,
      subresource
    }: { type: ResourceType; namespace: string | undefined; name: string | undefined; subresource?: string }
  ): Reply | undefined {
    if (this.isWriter(objectId)) return undefined;
    // Anyone signed in may ask about themselves, as every cluster's system:basic-user allows.
    if (['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'selfsubjectreviews'].includes(type.plural))
      return undefined;
    const where = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
    return status(
      403,
      'Forbidden',
      `${resourceName(type)}${name ? ` "${name}"` : ''} is forbidden: User "${objectId}" cannot ${verb} resource "${type.plural}${subresource ? `/${subresource}` : ''}" in API group "${type.group}"${where}: User does not have access to the resource in Azure. Update role assignment to allow access.`,
      { name, group: type.group, kind: type.plural }
    );
  }
}
