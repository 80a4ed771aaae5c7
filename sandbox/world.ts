import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * A federated identity credential on an app registration: its subject matched exactly, case-sensitively, like
 * Entra; or, a flexible one, a claims-matching expression instead of a subject (sandbox/entra.ts parses it).
 */
export interface FederatedCredential {
  name: string;
  issuer: string;
  subject?: string;
  /** `claims['sub'] matches 'repo:musafirgo/*:environment:dev' and claims['job_workflow_ref'] eq '...'`. */
  claimsMatchingExpression?: { value: string; languageVersion: number };
  audiences: string[];
}

/** Entra's limit of federated identity credentials on one application or user-assigned identity. */
export const MAX_FEDERATED_CREDENTIALS = 20;

export interface App {
  name: string;
  /** The application (client) id. */
  appId: string;
  /** The object id of the app's service principal: the principal role assignments name. */
  objectId: string;
  federatedCredentials: FederatedCredential[];
}

export interface Tenant {
  name: string;
  id: string;
  displayName: string;
  defaultDomain: string;
  countryCode?: string;
  apps: App[];
}

export interface Subscription {
  id: string;
  displayName: string;
  tenantId: string;
  state: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue' | 'Deleted';
}

export interface RoleDefinition {
  name: string;
  id: string;
  actions: string[];
  notActions?: string[];
  /** Data-plane permissions (Azure Storage's blob reads and writes), matched like actions. */
  dataActions?: string[];
  notDataActions?: string[];
}

export interface RoleAssignment {
  id?: string;
  principalId: string;
  roleDefinitionName: string;
  scope: string;
}

/** A resource Entra issues tokens for: `<identifier>/.default` is a valid client-credentials scope. */
export interface EntraResource {
  name: string;
  identifiers: string[];
}

/** What the runner knows about a job: the source of the ID token's claims and of the GITHUB_* variables. */
export interface JobContext {
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  repositoryVisibility: 'public' | 'private' | 'internal';
  ref: string;
  refProtected: boolean;
  sha: string;
  eventName: string;
  headRef?: string;
  baseRef?: string;
  /** The job's deployment environment; it becomes the subject (`repo:O/R:environment:E`). */
  environment?: string;
  workflow: string;
  workflowFile: string;
  /** Default `<repository>/.github/workflows/<workflowFile>@<ref>`. */
  workflowRef?: string;
  workflowSha?: string;
  /** The called reusable workflow, when the job runs one; default the workflow_ref. */
  jobWorkflowRef?: string;
  jobWorkflowSha?: string;
  actor: string;
  actorId: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  job: string;
  runnerEnvironment: 'github-hosted' | 'self-hosted';
  /** `immutable` gives `repo:O@<owner_id>/R@<repo_id>:...`. */
  subjectFormat?: 'default' | 'immutable';
  /** A subject customization template (`include_claim_keys`), e.g. ["repo", "context", "job_workflow_ref"]. */
  includeClaimKeys?: string[];
}

/** An Azure Container Registry (sandbox/acr): `<name>.azurecr.io`, served by a real local registry. */
export interface ContainerRegistry {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
}

/** An API Management service (sandbox/apim): ARM resources under it, and its gateway at `<name>.azure-api.net`. */
export interface ApiManagementService {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
  sku?: string;
  /** Products besides the built-in `starter` and `unlimited`. */
  products?: string[];
  /** Subscriptions (keys are generated at start): `scope` is `/apis`, `/apis/<apiId>` or `/products/<productId>`. */
  subscriptions?: { id: string; displayName?: string; scope: string; state?: 'active' | 'suspended' }[];
}

/** An AKS cluster (sandbox/aks): ARM Microsoft.ContainerService/managedClusters and an emulated Kubernetes API server. */
export interface KubernetesCluster {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
  kubernetesVersion?: string;
  /** Object ids allowed to read and write workloads in the cluster (Azure RBAC for Kubernetes, cluster scope). */
  writers: string[];
  /**
   * DNS domains the cluster's Gateway serves (HTTPRoute hostnames under them): `*.<domain>` is in the sandbox
   * certificate and the proxy tunnels it to the gateway's data plane.
   */
  gatewayDomains?: string[];
  /**
   * The app id the kubelet pulls images as (AcrPull or more on the registries): the cluster's kubelet identity,
   * a managed identity the sandbox's Entra does not issue tokens for.
   */
  kubeletIdentity?: string;
}

/** A resource group (sandbox/arm.ts answers `az group list` and the generic resource listings from these). */
export interface ResourceGroup {
  name: string;
  subscriptionId: string;
  location: string;
  tags?: Record<string, string>;
}

export interface World {
  tenants: Tenant[];
  subscriptions: Subscription[];
  /** Declared here, or implied by a resource of the world that lives in one. */
  resourceGroups: ResourceGroup[];
  roleAssignments: RoleAssignment[];
  roleDefinitions: RoleDefinition[];
  resources: EntraResource[];
  /** Container Apps (sandbox/containerapps): managed environments and the apps running in them. */
  containerApps?: ContainerAppsWorld;
  entra: { accessTokenLifetimeSeconds: number; issuerUrls: Record<string, string> };
  arm: { operationPolls: number; retryAfterSeconds: number };
  github: { issuer: string; idTokenLifetimeSeconds: number; job: JobContext };
  ports?: Partial<Record<'github' | 'entra' | 'arm' | 'control' | 'proxy', number>>;
  containerRegistries?: ContainerRegistry[];
  apiManagement?: ApiManagementService[];
  kubernetesClusters?: KubernetesCluster[];
  /** Azure Static Web Apps (sandbox/staticsites). */
  staticSites?: StaticSiteSpec[];
  /** Storage accounts whose blob endpoints Azurite serves (sandbox/storage). */
  storageAccounts?: StorageAccountSpec[];
}

/** A Static Web App (sandbox/staticsites): its production site and preview environments on `*.azurestaticapps.net`. */
export interface StaticSiteSpec {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
  /** `Free` (3 preview environments) or `Standard` (10); default Standard. */
  sku?: 'Free' | 'Standard';
  /** Default `<adjective>-<noun>-<hash>.<location>.azurestaticapps.net`, generated from the resource id. */
  defaultHostname?: string;
  /** `Disabled` refuses preview environments; default Enabled. */
  stagingEnvironmentPolicy?: 'Enabled' | 'Disabled';
}

/** A storage account whose blob service (`<name>.blob.core.windows.net`) the sandbox serves through Azurite. */
export interface StorageAccountSpec {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
}

export const defaultWorldPath = fileURLToPath(new URL('./world.default.yaml', import.meta.url));

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`sandbox world: ${message}`);
}

/** Loads a world from a YAML file (default: world.default.yaml) or checks a given object, filling defaults. */
export function loadWorld(source?: World | string): World {
  const raw = (
    typeof source === 'object'
      ? structuredClone(source)
      : parse(readFileSync(source ?? defaultWorldPath, 'utf8'))
  ) as Partial<World>;
  check(
    raw && Array.isArray(raw.tenants) && raw.tenants.length > 0,
    'tenants: at least one tenant is required'
  );
  check(raw.github?.job, 'github.job: a default job is required');
  const world: World = {
    tenants: raw.tenants,
    subscriptions: raw.subscriptions ?? [],
    resourceGroups: raw.resourceGroups ?? [],
    roleAssignments: raw.roleAssignments ?? [],
    roleDefinitions: raw.roleDefinitions ?? [],
    resources: raw.resources ?? [],
    containerApps: raw.containerApps,
    entra: { accessTokenLifetimeSeconds: 3599, ...raw.entra, issuerUrls: raw.entra?.issuerUrls ?? {} },
    arm: { operationPolls: 0, retryAfterSeconds: 0, ...raw.arm },
    github: {
      issuer: raw.github.issuer ?? 'https://token.actions.githubusercontent.com',
      idTokenLifetimeSeconds: raw.github.idTokenLifetimeSeconds ?? 300,
      job: raw.github.job
    },
    ports: raw.ports,
    containerRegistries: raw.containerRegistries ?? [],
    apiManagement: raw.apiManagement ?? [],
    kubernetesClusters: raw.kubernetesClusters ?? [],
    staticSites: raw.staticSites ?? [],
    storageAccounts: raw.storageAccounts ?? []
  };
  for (const t of world.tenants) {
    check(GUID.test(t.id), `tenant ${t.name}: id must be a GUID`);
    t.apps ??= [];
    for (const a of t.apps) {
      check(GUID.test(a.appId) && GUID.test(a.objectId), `app ${a.name}: appId and objectId must be GUIDs`);
      a.federatedCredentials ??= [];
      check(
        a.federatedCredentials.length <= MAX_FEDERATED_CREDENTIALS,
        `app ${a.name}: Entra allows at most ${MAX_FEDERATED_CREDENTIALS} federated identity credentials per application, not ${a.federatedCredentials.length}; one flexible credential (claimsMatchingExpression) can match many subjects`
      );
      for (const f of a.federatedCredentials) {
        check(
          f.issuer && f.audiences?.length && (f.subject ? 1 : 0) + (f.claimsMatchingExpression ? 1 : 0) === 1,
          `app ${a.name}: federated credential ${f.name} needs an issuer, audiences and exactly one of subject and claimsMatchingExpression`
        );
        if (f.claimsMatchingExpression) {
          const problem = claimsExpressionProblem(f.claimsMatchingExpression, f.issuer);
          check(!problem, `app ${a.name}: federated credential ${f.name}: ${problem}`);
        }
      }
    }
  }
  for (const s of world.subscriptions) {
    check(GUID.test(s.id), `subscription ${s.displayName}: id must be a GUID`);
    check(findTenant(world, s.tenantId), `subscription ${s.displayName}: unknown tenant ${s.tenantId}`);
    s.state ??= 'Enabled';
  }
  for (const site of world.staticSites ?? []) {
    site.location ??= 'westeurope';
    site.sku ??= 'Standard';
    site.stagingEnvironmentPolicy ??= 'Enabled';
    site.defaultHostname ??= staticSiteHostname(site);
  }
  for (const g of world.resourceGroups) {
    check(
      world.subscriptions.some(s => s.id.toLowerCase() === g.subscriptionId.toLowerCase()),
      `resource group ${g.name}: unknown subscription ${g.subscriptionId}`
    );
  }
  for (const g of impliedResourceGroups(world)) {
    const known = world.resourceGroups.some(
      r =>
        r.subscriptionId.toLowerCase() === g.subscriptionId.toLowerCase() &&
        r.name.toLowerCase() === g.name.toLowerCase()
    );
    if (!known) world.resourceGroups.push(g);
  }
  for (const r of world.roleAssignments) {
    check(
      world.roleDefinitions.some(d => d.name === r.roleDefinitionName),
      `role assignment for ${r.principalId}: unknown role ${r.roleDefinitionName}`
    );
  }
  return world;
}

/**
 * The generated host name Azure gives a Static Web App, `<adjective>-<noun>-<8 hex>.<location>.azurestaticapps.net`,
 * here derived from its resource id so that it is the same on every run.
 */
export function staticSiteHostname(site: StaticSiteSpec): string {
  const id = `/subscriptions/${site.subscriptionId}/resourceGroups/${site.resourceGroup}/providers/Microsoft.Web/staticSites/${site.name}`;
  const hash = createHash('sha256').update(id.toLowerCase()).digest();
  const adjectives = ['gentle', 'happy', 'lively', 'proud', 'calm', 'brave', 'witty', 'jolly'];
  const nouns = ['river', 'sea', 'dune', 'meadow', 'forest', 'cliff', 'island', 'desert'];
  return `${adjectives[hash[0]! % 8]}-${nouns[hash[1]! % 8]}-${hash.subarray(2, 6).toString('hex')}.${site.location ?? 'westeurope'}.azurestaticapps.net`;
}

/** One comparison of a claims-matching expression: `claims['<claim>'] <matches|eq> '<comparand>'`. */
export interface ClaimComparison {
  claim: string;
  operator: 'matches' | 'eq';
  comparand: string;
}

/** The claims a flexible credential may look at, per issuer (Microsoft's docs list them for GitHub). */
const flexibleClaims: Record<string, string[]> = {
  'https://token.actions.githubusercontent.com': ['sub', 'job_workflow_ref']
};

/**
 * The language of flexible federated identity credentials, version 1: comparisons joined by ' and ', each a
 * claim lookup, one operator and a single-quoted comparand, separated by single spaces; `matches` takes `*`
 * (any characters) and `?` (one), `eq` is an exact comparison. Undefined when the text is not in the language.
 */
export function parseClaimsExpression(value: string): ClaimComparison[] | undefined {
  const comparisons: ClaimComparison[] = [];
  for (const part of value.split(' and ')) {
    const m = /^claims\['([a-z_]+)'\] (matches|eq) '([^']*)'$/.exec(part);
    if (!m) return undefined;
    comparisons.push({ claim: m[1]!, operator: m[2] as 'matches' | 'eq', comparand: m[3]! });
  }
  return comparisons;
}

function claimsExpressionProblem(
  expression: { value: string; languageVersion: number },
  issuer: string
): string | undefined {
  if (expression.languageVersion !== 1) return `languageVersion must be 1, not ${expression.languageVersion}`;
  const comparisons = parseClaimsExpression(expression.value);
  if (!comparisons)
    return `'${expression.value}' is not a claims-matching expression (claims['sub'] matches '...' [and ...])`;
  const allowed = flexibleClaims[issuer];
  if (!allowed) return `flexible credentials are not supported for the issuer ${issuer}`;
  const unknown = comparisons.find(c => !allowed.includes(c.claim));
  if (unknown)
    return `the claim '${unknown.claim}' cannot be matched for this issuer (${allowed.join(', ')})`;
  if (!comparisons.some(c => c.claim === 'sub')) return "the expression must compare claims['sub']";
  return undefined;
}

/** Whether the token's claims satisfy every comparison of the expression. */
export function matchesClaimsExpression(
  comparisons: ClaimComparison[],
  claims: Record<string, unknown>
): boolean {
  return comparisons.every(({ claim, operator, comparand }) => {
    const value = claims[claim];
    if (typeof value !== 'string') return false;
    if (operator === 'eq') return value === comparand;
    const pattern = comparand
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(`^${pattern}$`, 's').test(value);
  });
}

/** The resource groups the world's resources live in, for a world that does not declare them all. */
function impliedResourceGroups(world: World): ResourceGroup[] {
  const resources: { subscriptionId: string; resourceGroup: string; location?: string }[] = [
    ...(world.containerApps?.environments ?? []),
    ...(world.containerApps?.apps ?? []),
    ...(world.containerRegistries ?? []),
    ...(world.apiManagement ?? []),
    ...(world.kubernetesClusters ?? [])
  ];
  return resources.map(r => ({
    name: r.resourceGroup,
    subscriptionId: r.subscriptionId,
    location: r.location ?? 'westeurope'
  }));
}

/** Finds a tenant by id or by domain (case-insensitive), as Entra accepts either in a URL. */
export function findTenant(world: World, idOrDomain: string): Tenant | undefined {
  const key = idOrDomain.toLowerCase();
  return world.tenants.find(t => t.id.toLowerCase() === key || t.defaultDomain.toLowerCase() === key);
}

/** The job a runner would describe, from the world's default job and the given overrides. */
export function resolveJob(world: World, overrides: Partial<JobContext> = {}): JobContext {
  const pr = overrides.eventName === 'pull_request';
  const job: JobContext = {
    ...world.github.job,
    ...(pr ? { ref: 'refs/pull/1/merge', headRef: 'feature', baseRef: 'main', refProtected: false } : {}),
    ...overrides
  };
  job.workflowRef ??= `${job.repository}/.github/workflows/${job.workflowFile}@${job.ref}`;
  job.workflowSha ??= job.sha;
  job.jobWorkflowRef ??= job.workflowRef;
  job.jobWorkflowSha ??= job.workflowSha;
  return job;
}

/** A Container Apps managed environment: apps in it answer at `<app>.<defaultDomain>`. */
export interface ManagedEnvironmentSpec {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location?: string;
  /** Default `<name>-<hash>.<location>.azurecontainerapps.io`. */
  defaultDomain?: string;
}

/** A container app and its first revision, serving 100 % of the traffic. */
export interface ContainerAppSpec {
  name: string;
  environment: string;
  subscriptionId: string;
  resourceGroup: string;
  activeRevisionsMode?: 'Single' | 'Multiple';
  revisionSuffix: string;
  targetPort: number;
  external?: boolean;
  /** The first container serves the ingress; the others are sidecars. */
  containers: {
    name: string;
    image: string;
    env?: { name: string; value?: string; secretRef?: string }[];
    /** Container Apps' probes (type Liveness, Readiness or Startup; httpGet or tcpSocket), as ARM takes them. */
    probes?: Record<string, unknown>[];
  }[];
  secrets?: { name: string; keyVaultUrl?: string; identity?: string }[];
  /** `identity` is `system` or a user-assigned identity's resource id. */
  registries?: { server: string; identity?: string }[];
}

export interface ContainerAppsWorld {
  environments: ManagedEnvironmentSpec[];
  apps: ContainerAppSpec[];
  /**
   * The app id the replicas pull images as (AcrPull or more on the registries): it stands in for the apps'
   * managed identities, which the sandbox's Entra does not issue tokens for.
   */
  pullIdentity?: string;
}
