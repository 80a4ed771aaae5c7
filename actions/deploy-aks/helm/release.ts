import type { V1Secret } from '@kubernetes/client-node';
import { gunzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { RemoteError, errorMessage } from '../../shared/errors.js';
import type { HelmInputs } from '../inputs.js';
import {
  kube,
  readOrUndefined,
  servingRevision,
  watchDeployments,
  type DeploymentResult,
  type PodDiagnosis,
  type RolloutDeps,
  type WatchTarget,
  type WorkloadKind
} from '../kube/rollout.js';
import { HelmError, type Helm } from './cli.js';
import { placeImage, setString } from './image.js';

/** One line of `helm history -o json`. */
export interface HistoryEntry {
  revision: number;
  status: string;
  chart: string;
  description: string;
}

export interface HelmDeps {
  helm: Helm;
  /** Where the release history is read; default: `helm history` and `helm get manifest`. */
  releases?: ReleaseStore;
  /** Our own rollout watch (fresh Entra token per request), the clock and the phases. */
  rollout: RolloutDeps;
  warn: (line: string) => void;
}

export interface HelmResult {
  release: string;
  namespace: string;
  /** `<name>-<version>` of the chart deployed (or tried). */
  chart: string;
  /** The release revision after the step (the rollback's own revision after a rollback); undefined when none is left. */
  revision?: number;
  /** The revision that was deployed before the step; undefined for a first install. */
  previousRevision?: number;
  outcome: 'deployed' | 'rolled-back' | 'uninstalled' | 'failed';
  deployments: DeploymentResult[];
  /** What was found stuck and what was done about it. */
  recovered?: string;
  failure?: string;
  hint?: string;
  /** From the failure detected to the previous revision serving again. */
  restoredMs?: number;
  /** The values that put the image into the chart, as the render check found them. */
  placement?: string;
  /** The failed pods' last log lines and events, read before the rollback. */
  diagnoses?: PodDiagnosis[];
  /** Where the release was left when putting it back failed too, and the command that finishes the job. */
  left?: { state: string; command: string };
}

const PENDING = ['pending-install', 'pending-upgrade', 'pending-rollback'];

export async function history(helm: Helm, release: string): Promise<HistoryEntry[]> {
  try {
    const { stdout } = await helm(['history', release, '--max', '256', '--output', 'json']);
    return (JSON.parse(stdout) as HistoryEntry[]).sort((a, b) => a.revision - b.revision);
  } catch (error) {
    if (error instanceof HelmError && /release: not found/.test(error.helmMessage)) return [];
    throw error;
  }
}

/** A release's revisions and the manifest of one: what `helm history` and `helm get manifest` print. */
export interface ReleaseStore {
  history(release: string): Promise<HistoryEntry[]>;
  manifest(release: string, revision: number): Promise<string>;
}

/** The release history through the helm CLI (each call a helm process, and a credential plugin run). */
export function cliReleases(helm: Helm): ReleaseStore {
  return { history: release => history(helm, release), manifest: (r, v) => manifestOf(helm, r, v) };
}

interface StoredRelease {
  version: number;
  manifest?: string;
  info?: { status?: string; description?: string };
  chart?: { metadata?: { name?: string; version?: string } };
}

/**
 * The release history read where Helm's default storage driver keeps it: Secrets `sh.helm.release.v1.<name>.v<n>`
 * labelled owner=helm, whose `release` holds base64 of the gzipped release JSON. One API request instead of a helm
 * process; only for HELM_DRIVER secret (the default).
 */
export function secretReleases(deps: RolloutDeps, namespace: string): ReleaseStore {
  const read = async (release: string): Promise<StoredRelease[]> => {
    const list = await kube(deps, `list the revisions of Helm release ${release}`, () =>
      deps.api.list<V1Secret>({
        apiVersion: 'v1',
        kind: 'Secret',
        namespace,
        labelSelector: `owner=helm,name=${release}`
      })
    );
    return list.items
      .map(secret => {
        const encoded = Buffer.from(
          Buffer.from(secret.data?.['release'] ?? '', 'base64').toString(),
          'base64'
        );
        const json = encoded[0] === 0x1f && encoded[1] === 0x8b ? gunzipSync(encoded) : encoded;
        return JSON.parse(json.toString()) as StoredRelease;
      })
      .sort((a, b) => a.version - b.version);
  };
  return {
    history: async release =>
      (await read(release)).map(r => ({
        revision: r.version,
        status: r.info?.status ?? 'unknown',
        chart: `${r.chart?.metadata?.name ?? ''}-${r.chart?.metadata?.version ?? ''}`,
        description: r.info?.description ?? ''
      })),
    manifest: async (release, revision) => {
      const found = (await read(release)).find(r => r.version === revision);
      if (!found) throw new HelmError('get', `release: not found (${release} revision ${revision})`);
      return found.manifest ?? '';
    }
  };
}

/** Secrets when Helm keeps its releases there (HELM_DRIVER unset or secret), else the helm CLI. */
export function releaseStore(
  helm: Helm,
  deps: RolloutDeps,
  namespace: string,
  env: NodeJS.ProcessEnv = process.env
): ReleaseStore {
  const driver = (env['HELM_DRIVER'] ?? '').toLowerCase();
  return driver === '' || driver === 'secret' || driver === 'secrets'
    ? secretReleases(deps, namespace)
    : cliReleases(helm);
}

const lastDeployed = (entries: HistoryEntry[]) =>
  [...entries].reverse().find(e => e.status === 'deployed')?.revision;

/** The workloads a release's manifest holds (Deployments, StatefulSets, DaemonSets), each in its namespace or the release's. */
export function deploymentsIn(
  manifest: string,
  namespace: string
): Array<{ namespace: string; name: string; kind?: WorkloadKind }> {
  return parseAllDocuments(manifest)
    .map(
      d =>
        d.toJS() as { kind?: string; apiVersion?: string; metadata?: { name?: string; namespace?: string } }
    )
    .filter(
      o =>
        ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o?.kind ?? '') &&
        o.apiVersion === 'apps/v1' &&
        o.metadata?.name
    )
    .map(o => ({
      namespace: o.metadata!.namespace ?? namespace,
      name: o.metadata!.name!,
      ...(o.kind === 'Deployment' ? {} : { kind: o.kind as WorkloadKind })
    }));
}

/** Whether the namespace exists; a refusal to read it counts as existing (someone made it and guards it). */
async function namespaceVisible(deps: RolloutDeps, namespace: string): Promise<boolean> {
  try {
    return (
      (await readOrUndefined(deps, { apiVersion: 'v1', kind: 'Namespace', name: namespace })) !== undefined
    );
  } catch (error) {
    if (error instanceof RemoteError && error.status === 403) return true;
    throw error;
  }
}

export async function manifestOf(helm: Helm, release: string, revision: number): Promise<string> {
  return (await helm(['get', 'manifest', release, '--revision', String(revision)])).stdout;
}

/**
 * A release a killed job left pending-install/-upgrade/-rollback blocks every later upgrade ("another operation
 * is in progress"). Roll it back to its last deployed revision, or uninstall a release that never deployed.
 */
async function recover(helm: Helm, release: string, entries: HistoryEntry[]): Promise<string> {
  const stuck = entries.at(-1)!;
  const deployed = lastDeployed(entries);
  const found = `release ${release} was left ${stuck.status} at revision ${stuck.revision} (a job stopped during a Helm operation)`;
  if (deployed !== undefined) {
    await helm(['rollback', release, String(deployed), '--history-max', '10']);
    return `${found}; rolled it back to revision ${deployed}, the last deployed, before upgrading`;
  }
  await helm(['uninstall', release]);
  return `${found}; it never deployed, so it was uninstalled before installing again`;
}

/**
 * Helm mode: unstick a pending release, `helm upgrade --install` with the values files in order and the image by
 * digest (no --atomic, no --wait), then our own fast-fail watch of every Deployment of the release; on a failed
 * rollout, `helm rollback` to the revision deployed before and watch it serve again, or uninstall a first install.
 */
export async function deployHelm(inputs: HelmInputs, deps: HelmDeps): Promise<HelmResult> {
  const { helm } = deps;
  const releases = deps.releases ?? cliReleases(helm);
  const { phases, log, clock } = deps.rollout;
  const { release, namespace } = inputs;
  let entries = await phases.time('Release state', () => releases.history(release));
  let recovered: string | undefined;
  if (entries.length && PENDING.includes(entries.at(-1)!.status)) {
    recovered = await phases.time('Recover stuck release', () => recover(helm, release, entries));
    deps.warn(`deploy-aks: ${recovered}.`);
    entries = await releases.history(release);
  }
  const previousRevision = lastDeployed(entries);
  const before: WatchTarget[] =
    previousRevision === undefined
      ? []
      : await phases.time('Read current revisions', async () =>
          Promise.all(
            deploymentsIn(await releases.manifest(release, previousRevision), namespace).map(async d => ({
              ...d,
              previousRevision: (await servingRevision(deps.rollout, d)) ?? ''
            }))
          )
        );
  const result: HelmResult = {
    release,
    namespace,
    chart: '',
    previousRevision,
    outcome: 'deployed',
    deployments: [],
    ...(recovered ? { recovered } : {})
  };

  // A first install into a namespace that is not there yet creates it. Only then: Helm's --create-namespace
  // creates without looking first, which an identity allowed into its namespace only is refused.
  const createNamespace =
    previousRevision === undefined && !(await namespaceVisible(deps.rollout, namespace));

  const renderArgs = [
    ...inputs.values.flatMap(file => ['--values', file]),
    ...(inputs.set ?? []).flatMap(value => ['--set-string', value])
  ];
  // Before anything is installed: how this chart takes the image, rendered with helm template. A render error is
  // the upgrade's own (it renders the same templates first), with nothing applied.
  const placement = await phases
    .time('Render', () => placeImage(helm, inputs, renderArgs))
    .catch((error: unknown) => {
      if (error instanceof HelmError && error.command === 'template')
        throw new HelmError('upgrade', error.helmMessage, 'render');
      throw error;
    });
  result.placement = placement.keys;
  log(
    `The chart takes the image through ${placement.keys}: ${placement.expected.map(e => `${e.kind}/${e.name} container ${e.container}`).join(', ')}`
  );
  const rollout = { ...deps.rollout, expected: placement.expected };
  let failure: { message: string; hint: string; at: number } | undefined;
  try {
    const upgraded = await phases.time('Helm upgrade', () =>
      helm([
        'upgrade',
        '--install',
        release,
        inputs.chart,
        ...inputs.values.flatMap(file => ['--values', file]),
        '--set-string',
        setString(placement.values),
        ...(inputs.set ?? []).flatMap(value => ['--set-string', value]),
        ...(createNamespace ? ['--create-namespace'] : []),
        '--history-max',
        '10',
        '--output',
        'json'
      ])
    );
    const rel = JSON.parse(upgraded.stdout) as {
      version: number;
      manifest?: string;
      chart?: { metadata?: { name?: string; version?: string } };
    };
    result.revision = rel.version;
    result.chart = `${rel.chart?.metadata?.name ?? ''}-${rel.chart?.metadata?.version ?? ''}`;
    log(`Helm release ${release} revision ${rel.version} (${result.chart}) applied; watching its workloads`);
    const previous = new Map(before.map(b => [`${b.namespace}/${b.name}`, b.previousRevision]));
    const targets = deploymentsIn(rel.manifest ?? '', namespace).map(d => ({
      ...d,
      previousRevision: previous.get(`${d.namespace}/${d.name}`) ?? ''
    }));
    const watched = await phases.time('Rollout', () => watchDeployments(targets, rollout));
    result.deployments = watched.deployments;
    if (watched.diagnoses) result.diagnoses = watched.diagnoses;
    if (!watched.failure) return result;
    failure = { message: watched.failure, hint: watched.hint ?? '', at: watched.failedAt ?? clock.now() };
  } catch (error) {
    if (!(error instanceof HelmError) && !(error instanceof RemoteError)) throw error;
    // A render error leaves no new revision; anything later may have applied part of the release.
    const after = await releases.history(release).catch((readError: unknown) => readError);
    if (!Array.isArray(after)) {
      result.outcome = 'failed';
      result.failure = `${error.message}; the release's state could not be read (${errorMessage(after)})`;
      result.hint = `once the API server answers, look at 'helm history ${release} --namespace ${namespace}' and roll back with 'helm rollback ${release}${previousRevision === undefined ? '' : ` ${previousRevision}`} --namespace ${namespace}' if the last revision is not deployed`;
      result.left = {
        state: 'unknown (the API server did not answer)',
        command:
          previousRevision === undefined
            ? `helm uninstall ${release} --namespace ${namespace}`
            : `helm rollback ${release} ${previousRevision} --namespace ${namespace}`
      };
      return result;
    }
    if ((after.at(-1)?.revision ?? 0) <= (entries.at(-1)?.revision ?? 0)) throw error;
    result.revision = after.at(-1)?.revision;
    failure = {
      message: `${error.message}; release ${release} was left ${after.at(-1)?.status} at revision ${after.at(-1)?.revision}`,
      hint: 'fix the chart or its values and deploy again',
      at: clock.now()
    };
  }

  result.failure = failure.message;
  result.hint = failure.hint;
  result.outcome = 'failed';
  const found = failure;
  await phases.time('Rollback', async () => {
    const command =
      previousRevision === undefined
        ? `helm uninstall ${release} --namespace ${namespace}`
        : `helm rollback ${release} ${previousRevision} --namespace ${namespace}`;
    try {
      if (previousRevision === undefined) {
        await helm(['uninstall', release]);
        log(`Uninstalled ${release}: its first install failed, nothing of it is left running`);
        result.outcome = 'uninstalled';
        result.revision = undefined;
        return;
      }
      await helm(['rollback', release, String(previousRevision), '--history-max', '10']);
    } catch (error) {
      if (!(error instanceof HelmError)) throw error;
      const state = await releases
        .history(release)
        .then(h => `${h.at(-1)?.status ?? 'gone'} at revision ${h.at(-1)?.revision ?? '–'}`)
        .catch(() => 'in an unknown state (its history could not be read)');
      result.left = { state, command };
      result.failure = `${found.message}; putting it back failed too (${error.message}): release ${release} is left ${state}`;
      result.hint = `run '${command}' (with the cluster's kubeconfig) once the API server answers`;
      return;
    }
    const now = await releases.history(release);
    result.revision = now.at(-1)?.revision;
    log(`helm rollback ${release} ${previousRevision}: revision ${result.revision}; watching it serve again`);
    const back = await watchDeployments(before, deps.rollout);
    const failed = new Map(result.deployments.map(d => [`${d.namespace}/${d.name}`, d.failure]));
    result.deployments = back.deployments.map(d => ({
      ...d,
      outcome: back.failure ? d.outcome : 'rolled-back',
      ...(failed.get(`${d.namespace}/${d.name}`) ? { failure: failed.get(`${d.namespace}/${d.name}`) } : {})
    }));
    if (back.failure) {
      result.failure = `${found.message}; the rollback to revision ${previousRevision} failed too: ${back.failure}`;
      return;
    }
    result.outcome = 'rolled-back';
    result.restoredMs = clock.now() - found.at;
  });
  return result;
}
