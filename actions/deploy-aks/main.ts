import * as core from '@actions/core';
import { systemClock, type Clock } from '../shared/clock.js';
import { Phases } from '../shared/log.js';
import { loadSmokeSuite, smokeGate } from '../shared/smoke-gate.js';
import { runStep } from '../shared/step.js';
import { deployGitops } from './gitops/deploy.js';
import { findHelm, type CredentialCommand } from './helm/cli.js';
import { deployHelm } from './helm/release.js';
import { rollbackRelease } from './helm/rollback.js';
import { openHelm } from './helm/session.js';
import { deployHelmSlots } from './helm/slots.js';
import {
  getInputs,
  type ClusterInputs,
  type Gitops,
  type Helm,
  type Manifests,
  type Rollback
} from './inputs.js';
import { kubeconfigCluster, openCluster, stepRollout, stepSession } from './kube/cluster.js';
import { deploy } from './kube/rollout.js';
import { loadManifests, renderImages } from './manifests/render.js';
import { rollbackDeployments, rollbackManifests } from './manifests/rollback.js';
import {
  reportGitops,
  reportHelm,
  reportRollback,
  reportRollout,
  reportSlots,
  stepFailure
} from './report.js';
import { rollbackRoute } from './strategy/rollback.js';
import { deploySlots } from './strategy/slots.js';

export interface RunOptions {
  clock?: Clock;
  /** Between polls of a rollout or of the Argo CD application; default 2 s. */
  pollMs?: number;
  /** How Helm runs our credential plugin; default: this node and this bundle (process.argv[1]). */
  credentialCommand?: CredentialCommand;
}

/**
 * The deploy-aks step: every input read and checked first (before any network call), then one method of deploying
 * (manifests, helm, gitops) or a rollback; report.ts writes what happened and the failure sentence.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  await runStep('deploy-aks', async () => {
    const inputs = getInputs();
    const clock = options.clock ?? systemClock;
    // The smoke suite read and parsed before anything is written: one that cannot be used fails the step while
    // production is untouched (a YAML bomb, a 50 MB file, a suite without checks).
    const suite =
      inputs.mode === 'deploy' && inputs.method !== 'gitops'
        ? await loadSmokeSuite(inputs.strategy.smoke)
        : undefined;
    const step: Step = { options, clock, phases: new Phases(clock.now), identity: '', suite };
    try {
      if (inputs.mode === 'rollback') return await rollback(inputs, step);
      switch (inputs.method) {
        case 'manifests':
          return await manifests(inputs, step);
        case 'helm':
          return await helm(inputs, step);
        case 'gitops':
          return await gitops(inputs, step);
      }
    } catch (error) {
      throw stepFailure(error, inputs, step.identity);
    }
  });
}

/** What every method shares. */
interface Step {
  options: RunOptions;
  clock: Clock;
  phases: Phases;
  /** Who deploys, once the session is open: the failure sentence names it. */
  identity: string;
  /** The smoke suite of the gate, loaded before anything was written. */
  suite?: Awaited<ReturnType<typeof loadSmokeSuite>>;
}

/**
 * The session, the cluster (phase 'Cluster credentials') and the rollout's dependencies; says where it works. A
 * cluster outside Azure comes from the kubeconfig input: no Azure session then.
 */
async function openStep(inputs: ClusterInputs, step: Step, doing: (where: string) => string) {
  const { clock, phases, options } = step;
  if (inputs.kubeconfig) {
    const cluster = kubeconfigCluster(inputs.kubeconfig);
    step.identity = `the user of context ${inputs.kubeconfig.context}`;
    core.info(
      doing(
        `cluster ${inputs.cluster} (${cluster.server}) from ${inputs.kubeconfig.path}, context ${inputs.kubeconfig.context}`
      )
    );
    return { cluster, deps: stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs) };
  }
  const session = stepSession(clock);
  step.identity = session.credential.clientId;
  const cluster = await openCluster(session, inputs, clock, phases);
  core.info(doing(`AKS cluster ${inputs.cluster} (${cluster.server}) as ${step.identity}`));
  return { cluster, deps: stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs) };
}

/** Method manifests: rendered with the digests and applied, rolling or into a slot behind the route. */
async function manifests(inputs: Manifests, step: Step): Promise<void> {
  const objects = loadManifests(inputs.manifests);
  const rendered = renderImages(objects, inputs.images);
  const opened = await openStep(inputs, step, where => `Deploying to ${where}`);
  // What each container must run once its workload is available: the digests rendered into it.
  const deps = {
    ...opened.deps,
    expected: rendered.map(r => ({
      kind: r.kind ?? '',
      name: r.name ?? '',
      container: r.container,
      image: r.to
    }))
  };
  for (const r of rendered) core.info(`${r.object}, container ${r.container}: ${r.to}`);
  const { strategy, namespace } = inputs;
  if (!strategy.route)
    return reportRollout(inputs, rendered, await deploy(objects, namespace, deps), step.phases);
  const gate = smokeGate(strategy, step.clock, step.suite);
  const slots = await deploySlots(objects, { ...strategy, route: strategy.route }, namespace, deps, gate);
  reportSlots(inputs, rendered, slots, step.phases);
}

/** Method helm: the release upgraded and watched, or a slot release behind the route. */
async function helm(inputs: Helm, step: Step): Promise<void> {
  const helmPath = findHelm();
  const { cluster, deps } = await openStep(
    inputs,
    step,
    where =>
      `Deploying chart ${inputs.chart} as release ${inputs.release} to ${where}; image ${inputs.image.reference}`
  );
  const session = openHelm(cluster, deps, inputs.namespace, helmPath, step.options.credentialCommand);
  try {
    if (!inputs.strategy.route)
      return reportHelm(inputs, await deployHelm(inputs, session.deps), step.phases);
    const slots = await deployHelmSlots(
      inputs,
      session.deps,
      smokeGate(inputs.strategy, step.clock, step.suite)
    );
    const release = { object: `Helm release ${inputs.release}-${slots.slot}`, container: inputs.imageKey };
    reportSlots(inputs, [{ ...release, from: '', to: inputs.image.reference }], slots, step.phases);
  } finally {
    session.dispose();
  }
}

/** Method gitops: GitHub and Argo CD only, no Azure login, no cluster credentials. */
async function gitops(inputs: Gitops, step: Step): Promise<void> {
  const { clock, phases, options } = step;
  reportGitops(inputs, await deployGitops(inputs, { clock, phases, pollMs: options.pollMs }), phases);
}

/** Mode rollback: the route's traffic to the other slot, a helm rollback, or the Deployments' rollout undone. */
async function rollback(inputs: Rollback, step: Step): Promise<void> {
  const files = inputs.method === 'manifests' ? rollbackManifests(inputs.manifests) : [];
  const helmPath = inputs.method === 'helm' ? findHelm() : undefined;
  const { cluster, deps } = await openStep(inputs, step, where => `Rolling back on ${where}`);
  const { namespace, route, release } = inputs;
  if (route) {
    const target = release ? { route, namespace, release } : { route, namespace, manifests: files };
    return reportRollback(inputs, await rollbackRoute(target, deps), step.phases);
  }
  if (!helmPath || !release)
    return reportRollback(inputs, await rollbackDeployments(files, inputs, deps), step.phases);
  const session = openHelm(cluster, deps, namespace, helmPath, step.options.credentialCommand);
  try {
    reportRollback(inputs, await rollbackRelease({ ...inputs, release }, session.deps), step.phases);
  } finally {
    session.dispose();
  }
}
