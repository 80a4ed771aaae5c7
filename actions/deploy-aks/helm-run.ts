import * as core from '../shared/runner.js';
import { sessionFromEnv } from '../shared/azure.js';
import { systemClock } from '../shared/clock.js';
import { RemoteError, errorMessage } from '../shared/errors.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { connect } from './cluster.js';
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
import { AKS_SERVER_SCOPE } from './token.js';

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
    const session = sessionFromEnv('deploy-aks', process.env, { clock });
    identity = session.credential.clientId;
    const kubeToken = session.credential.getToken(AKS_SERVER_SCOPE);
    kubeToken.catch(() => undefined);
    const cluster = await phases.time('Cluster credentials', async () => {
      const access = await connect(session, target, clock);
      await kubeToken;
      return access;
    });
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
      rollout: {
        api: cluster.api,
        clock,
        phases,
        log: core.info,
        onRetry: logRetry,
        timeoutMs: inputs.timeoutMs,
        pollMs: options.pollMs
      },
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
    const advised = advice(error, inputs, identity);
    // Kubernetes' own messages end with a period; the advice starts a sentence of its own.
    core.setFailed(
      `deploy-aks: ${advised ? errorMessage(error).replace(/\.+$/, '') : errorMessage(error)}${advised}`
    );
  } finally {
    dispose();
  }
}

/** What to do about a refusal: the role the identity lacks, or the chart's own complaint. */
function advice(error: unknown, inputs: HelmInputs | undefined, identity: string): string {
  if (!inputs) return '';
  const cluster = `/subscriptions/${inputs.subscriptionId}/resourceGroups/${inputs.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${inputs.cluster}`;
  if (error instanceof HelmError) {
    if (/forbidden/i.test(error.helmMessage))
      return `. Give ${identity} the 'Azure Kubernetes Service RBAC Writer' role on ${cluster}/namespaces/${inputs.namespace} (Helm keeps its releases as Secrets there)`;
    if (error.command === 'upgrade')
      return `. Nothing was applied: check the chart ${inputs.chart} and the values files (helm template shows the same error)`;
    return '';
  }
  if (!(error instanceof RemoteError)) return '';
  if (error.service === 'arm' && error.code === 'AuthorizationFailed')
    return `. Give ${identity} the 'Azure Kubernetes Service Cluster User Role' on ${cluster}`;
  if (error.service === 'arm' && error.code === 'ResourceNotFound')
    return '. Check the cluster and resource-group inputs';
  if (error.service === 'kubernetes' && error.status === 403)
    return `. Give ${identity} the 'Azure Kubernetes Service RBAC Writer' role on ${cluster}/namespaces/${inputs.namespace} (Helm keeps its releases as Secrets there)`;
  return '';
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
  core.appendSummary(
    [
      `### AKS ${inputs.cluster}: Helm release ${result.release} ${title}`,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      ...(result.recovered ? [`> ${result.recovered}.`, ''] : []),
      core.markdownTable(
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
            core.markdownTable(
              ['Deployment', 'Outcome', 'Pod template', 'Previous pod template', 'Replicas', 'Notes'],
              rows
            ),
            ''
          ]
        : []),
      `Values files: ${inputs.values.length ? inputs.values.join(', ') : 'the chart defaults only'}`,
      '',
      core.markdownTable(
        ['Phase', 'Time'],
        [...phases.durations.map(([name, ms]) => [name, formatMs(ms)]), ['Total', formatMs(phases.total())]]
      ),
      ''
    ].join('\n')
  );
}
