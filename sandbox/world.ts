import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A federated identity credential on an app registration: matched exactly, case-sensitively, like Entra. */
export interface FederatedCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
}

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
    kubernetesClusters: raw.kubernetesClusters ?? []
  };
  for (const t of world.tenants) {
    check(GUID.test(t.id), `tenant ${t.name}: id must be a GUID`);
    t.apps ??= [];
    for (const a of t.apps) {
      check(GUID.test(a.appId) && GUID.test(a.objectId), `app ${a.name}: appId and objectId must be GUIDs`);
      a.federatedCredentials ??= [];
      for (const f of a.federatedCredentials) {
        check(
          f.issuer && f.subject && f.audiences?.length,
          `app ${a.name}: federated credential ${f.name} is incomplete`
        );
      }
    }
  }
  for (const s of world.subscriptions) {
    check(GUID.test(s.id), `subscription ${s.displayName}: id must be a GUID`);
    check(findTenant(world, s.tenantId), `subscription ${s.displayName}: unknown tenant ${s.tenantId}`);
    s.state ??= 'Enabled';
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
  containers: { name: string; image: string; env?: { name: string; value?: string; secretRef?: string }[] }[];
  secrets?: { name: string; keyVaultUrl?: string; identity?: string }[];
  /** `identity` is `system` or a user-assigned identity's resource id. */
  registries?: { server: string; identity?: string }[];
}

export interface ContainerAppsWorld {
  environments: ManagedEnvironmentSpec[];
  apps: ContainerAppSpec[];
}
