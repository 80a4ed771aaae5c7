import * as core from '@actions/core';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { systemClock } from '../shared/clock.js';
import { RemoteError } from '../shared/errors.js';
import { Phases, formatMs } from '../shared/log.js';
import { clusterFailure, openCluster, stepRollout, stepSession } from './cluster.js';
import { deployHelm, releaseStore, type HelmResult } from './helm.js';
import {
  HelmError,
  findHelm,
  helmCli,
  writeKubeconfig,
  type CredentialCommand,
  type Helm
} from './helm-cli.js';
import { getHelmInputs, type HelmInputs } from './helm-inputs.js';
import { deployHelmSlots } from './helm-slots.js';
import { reportSlots, smokeGate } from './strategy.js';
import type { RunOptions } from './main.js';

export interface HelmRunOptions extends RunOptions {
  /** How Helm runs our credential plugin; default: this node and this bundle (process.argv[1]). */
  credentialCommand?: CredentialCommand;
}

/** The deploy-aks step in helm mode: see deployHelm. */
export async function runHelm(options: HelmRunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  let inputs: HelmInputs | undefined;
  let identity = '';
  let dispose = () => undefined as void;
  try {
    inputs = getHelmInputs();
    const helmPath = findHelm();
    const target = inputs;
    const session = stepSession(clock);
    identity = session.credential.clientId;
    const cluster = await openCluster(session, target, clock, phases);
    const kubeconfig = writeKubeconfig(
      cluster,
      options.credentialCommand ?? { command: process.execPath, args: [process.argv[1]!] }
    );
    dispose = kubeconfig.dispose;
    const helm: Helm = helmCli(kubeconfig.path, inputs.namespace, process.env, core.info, helmPath);
    core.info(
      `Deploying chart ${inputs.chart} as release ${inputs.release} to AKS cluster ${inputs.cluster} (${cluster.server}) as ${identity}; image ${inputs.image.reference}`
    );
    const helmDeps = {
      helm,
      rollout: stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs),
      warn: (line: string) => core.warning(line)
    };
    const releases = releaseStore(helm, helmDeps.rollout, inputs.namespace);
    if (inputs.strategy.strategy !== 'rolling') {
      const slots = await deployHelmSlots(
        inputs,
        { ...helmDeps, releases },
        smokeGate(inputs.strategy, clock)
      );
      return reportSlots(
        { cluster: inputs.cluster, strategy: inputs.strategy },
        [
          {
            object: `Helm release ${inputs.release}-${slots.slot}`,
            container: inputs.imageKey,
            from: '',
            to: inputs.image.reference
          }
        ],
        slots,
        phases
      );
    }
    const result = await deployHelm(inputs, { ...helmDeps, releases });
    report(inputs, result, phases);
    if (result.failure) {
      const done =
        result.outcome === 'rolled-back'
          ? `rolled back release ${result.release} to revision ${result.previousRevision} (now revision ${result.revision})`
          : result.outcome === 'uninstalled'
            ? `uninstalled release ${result.release}, whose first install this was`
            : `release ${result.release} is left at revision ${result.revision ?? 'none'}`;
      core.setFailed(`deploy-aks: ${result.failure}; ${done}. To fix: ${result.hint}`);
    }
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(clusterFailure(error, inputs, identity, helmAdvice(error, inputs, identity)));
  } finally {
    dispose();
  }
}

/** What to do when Helm refused, or when the identity may not touch the release's Secrets. */
export function helmAdvice(
  error: unknown,
  inputs: { namespace: string; chart?: string } | undefined,
  identity: string
): (scope: string) => string {
  return scope => {
    const writer = `Give ${identity} the 'Azure Kubernetes Service RBAC Writer' role on ${scope}/namespaces/${inputs?.namespace} (Helm keeps its releases as Secrets there)`;
    if (error instanceof HelmError) {
      if (/forbidden/i.test(error.helmMessage)) return writer;
      if (error.command === 'upgrade' && inputs?.chart)
        return `Nothing was applied: check the chart ${inputs.chart} and the values files (helm template shows the same error)`;
    }
    if (error instanceof RemoteError && error.service === 'kubernetes' && error.status === 403) return writer;
    return '';
  };
}

function report(inputs: HelmInputs, result: HelmResult, phases: Phases): void {
  core.setOutput('revision', result.revision === undefined ? '' : String(result.revision));
  core.setOutput(
    'previous-revision',
    result.previousRevision === undefined ? '' : String(result.previousRevision)
  );
  const title = result.failure
    ? `FAILED, ${result.outcome === 'rolled-back' ? 'rolled back' : result.outcome === 'uninstalled' ? 'uninstalled' : 'not rolled back'}`
    : 'deployed';
  const rows = result.deployments.map(d => [
    `${d.namespace}/${d.name}`,
    d.outcome,
    d.revision || '–',
    d.previousRevision || '–',
    d.replicas,
    [
      d.failure,
      d.restoredMs === undefined && result.restoredMs === undefined
        ? undefined
        : `previous revision serving again ${formatMs(result.restoredMs ?? d.restoredMs ?? 0)} after the failure was detected`
    ]
      .filter(Boolean)
      .join('; ')
  ]);
  appendSummary(
    [
      `### AKS ${inputs.cluster}: Helm release ${result.release} ${title}`,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      ...(result.recovered ? [`> ${result.recovered}.`, ''] : []),
      markdownTable(
        ['Release', 'Chart', 'Namespace', 'Revision', 'Previous revision', 'Image'],
        [
          [
            result.release,
            result.chart || inputs.chart,
            result.namespace,
            result.revision === undefined ? '–' : String(result.revision),
            result.previousRevision === undefined ? '–' : String(result.previousRevision),
            `\`${inputs.image.reference}\``
          ]
        ]
      ),
      '',
      ...(rows.length
        ? [
            markdownTable(
              ['Deployment', 'Outcome', 'Pod template', 'Previous pod template', 'Replicas', 'Notes'],
              rows
            ),
            ''
          ]
        : []),
      `Values files: ${inputs.values.length ? inputs.values.join(', ') : 'the chart defaults only'}`,
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}
