import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { errorMessage } from '../shared/errors.js';
import { getBooleanInput } from '../shared/inputs.js';
import { Phases, formatMs } from '../shared/log.js';
import { clusterFailure, openCluster, stepRollout, stepSession } from './cluster.js';
import { runGitops } from './gitops.js';
import { runHelm } from './helm-run.js';
import { runRollback } from './rollback.js';
import { getInputs, type Inputs } from './inputs.js';
import { loadManifests, renderImages, type RenderedImage } from './manifests.js';
import { deploy, type RolloutResult } from './rollout.js';
import { deploySlots, reportSlots, smokeGate } from './strategy.js';

export interface RunOptions {
  clock?: Clock;
  /** Between polls of a rollout; default 2 s. */
  pollMs?: number;
}

/** The deploy-aks step: manifests rendered with image digests, server-side applied, watched, rolled back on failure. */
export async function run(options: RunOptions = {}): Promise<void> {
  await runStep('deploy-aks', () => dispatch(options));
}

async function dispatch(options: RunOptions): Promise<void> {
  // rollback: true deploys nothing new (a workflow_dispatch's rollback): see rollback.ts.
  try {
    if (getBooleanInput('rollback', false)) return runRollback(options);
  } catch (error) {
    return core.setFailed(`deploy-aks: ${errorMessage(error)}`);
  }
  // gitops mode talks to GitHub and Argo CD only (no Azure login, no cluster credentials): see gitops.ts.
  if (core.getInput('mode') === 'gitops') return runGitops(options);
  // helm mode: helm upgrade --install through a kubeconfig whose user is this bundle as a credential plugin.
  if (core.getInput('mode') === 'helm') return runHelm(options);
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  let inputs: Inputs | undefined;
  let identity = '';
  try {
    inputs = getInputs();
    const objects = loadManifests(inputs.manifests);
    const rendered = renderImages(objects, inputs.images);
    const target = inputs;
    const session = stepSession(clock);
    identity = session.credential.clientId;
    const cluster = await openCluster(session, target, clock, phases);
    core.info(`Deploying to AKS cluster ${target.cluster} (${cluster.server}) as ${identity}`);
    for (const r of rendered) core.info(`${r.object}, container ${r.container}: ${r.to}`);
    const { strategy } = inputs;
    const deps = stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs);
    if (strategy.strategy !== 'rolling' && strategy.route) {
      const slots = await deploySlots(
        objects,
        { ...strategy, route: strategy.route },
        inputs.namespace,
        deps,
        smokeGate(strategy, clock)
      );
      return reportSlots(inputs, rendered, slots, phases);
    }
    const result = await deploy(objects, inputs.namespace, deps);
    report(inputs, rendered, result, phases);
    if (result.failure) {
      const restored = result.deployments
        .filter(d => d.outcome === 'rolled-back')
        .map(d => `${d.name} to ${d.revision}`);
      core.setFailed(
        `deploy-aks: ${result.failure}; ${restored.length ? `rolled back ${restored.join(', ')}` : 'nothing to roll back to'}. To fix: ${result.hint}`
      );
    }
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(clusterFailure(error, inputs, identity));
  }
}

function report(inputs: Inputs, rendered: RenderedImage[], result: RolloutResult, phases: Phases): void {
  const revisions = Object.fromEntries(result.deployments.map(d => [d.name, d.revision]));
  const previous = Object.fromEntries(result.deployments.map(d => [d.name, d.previousRevision]));
  core.setOutput('revision', JSON.stringify(revisions));
  core.setOutput('previous-revision', JSON.stringify(previous));
  const title = result.failure ? 'FAILED, rolled back' : 'deployed';
  const rows = result.deployments.map(d => [
    `${d.namespace}/${d.name}`,
    d.outcome,
    d.revision || '–',
    d.previousRevision || '–',
    d.replicas,
    [
      d.failure,
      d.restoredMs === undefined
        ? undefined
        : `previous revision serving again ${formatMs(d.restoredMs)} after the failure was detected`
    ]
      .filter(Boolean)
      .join('; ')
  ]);
  appendSummary(
    [
      `### AKS ${inputs.cluster}: ${title}`,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      markdownTable(['Deployment', 'Outcome', 'Revision', 'Previous revision', 'Replicas', 'Notes'], rows),
      '',
      markdownTable(
        ['Object', 'Container', 'Image'],
        rendered.map(r => [r.object, r.container, `\`${r.to}\``])
      ),
      '',
      `Applied: ${result.applied.join(', ')}`,
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}
