import * as core from '@actions/core';
import { ConfigurationError, RemoteError, errorMessage } from '../shared/errors.js';
import { formatMs, type Phases } from '../shared/log.js';
import { StepFailure } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { short, type Commit, type GitopsResult } from './gitops/deploy.js';
import { HelmError } from './helm/cli.js';
import type { HelmResult } from './helm/release.js';
import type { ClusterInputs, GitopsInputs, HelmInputs, Inputs, Rollback } from './inputs.js';
import {
  RefusedObject,
  RolloutFailure,
  type PodDiagnosis,
  type RollbackResult,
  type RolloutResult,
  type WriteRecord
} from './kube/rollout.js';
import type { RenderedImage } from './manifests/render.js';
import { formatWeights } from './strategy/route.js';
import type { SlotResult } from './strategy/slots.js';

// Every job summary and failure sentence of the step. A failed step throws a StepFailure: runStep joins its message
// and hint as `deploy-aks: <what happened>. <what to do>`.

function imagesTable(rendered: RenderedImage[]): string {
  return markdownTable(
    ['Object', 'Container', 'Image'],
    rendered.map(r => [r.object, r.container, `\`${r.to}\``])
  );
}

/** The failed pods' last log lines and events, read before the rollback removed them. */
export function diagnosesSection(diagnoses: PodDiagnosis[] | undefined): string[] {
  if (!diagnoses?.length) return [];
  return [
    '#### What the failed pods said',
    '',
    ...diagnoses.flatMap(d => [
      `Pod \`${d.pod}\`, container \`${d.container}\`: last ${d.logs.length} log line${d.logs.length === 1 ? '' : 's'}`,
      '',
      '```text',
      ...(d.logs.length ? d.logs.map(l => l.slice(0, 500)) : ['(no output)']),
      '```',
      '',
      ...(d.events.length ? ['Events:', '', ...d.events.map(e => `- ${e}`), ''] : [])
    ])
  ];
}

/** What a failure after the first write left: each object, what became of it, and the command that finishes. */
function writesSection(result: RolloutResult): string[] {
  if (!result.writes?.length) return [];
  return [
    '#### What was written, and what was undone',
    '',
    ...(result.serving ? [`Before the rollback: ${result.serving}.`, ''] : []),
    markdownTable(
      ['Object', 'Was', 'Now', 'To finish by hand'],
      result.writes.map(w => [w.object, w.was, w.now, w.command ? `\`${w.command}\`` : ''])
    ),
    ''
  ];
}

/** `restored Service/x (default); deleted Job/y (default), which this step created`: the sentence of a failure. */
function undoneSentence(result: RolloutResult): string {
  const writes = result.writes ?? [];
  const of = (now: WriteRecord['now']) => writes.filter(w => w.now === now).map(w => w.object);
  const parts = [
    ...(of('restored').length ? [`restored ${of('restored').join(', ')} as they were`] : []),
    ...(of('deleted').length ? [`deleted ${of('deleted').join(', ')}, which this step created`] : [])
  ];
  const left = writes.filter(w => w.now === 'left');
  if (left.length)
    parts.push(
      `could NOT restore ${left.map(w => `${w.object} (${w.was}: ${w.error ?? 'failed'})`).join(', ')}; to finish the rollback run ${left.map(w => `'${w.command}'`).join(' and ')}`
    );
  return parts.join('; ');
}

/** Method manifests, rolling: outputs, summary, and the failure after the Deployments were rolled back. */
export function reportRollout(
  inputs: ClusterInputs,
  rendered: RenderedImage[],
  result: RolloutResult,
  phases: Phases
): void {
  core.setOutput(
    'revision',
    JSON.stringify(Object.fromEntries(result.deployments.map(d => [d.name, d.revision])))
  );
  core.setOutput(
    'previous-revision',
    JSON.stringify(Object.fromEntries(result.deployments.map(d => [d.name, d.previousRevision])))
  );
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
      imagesTable(rendered),
      '',
      `Applied: ${result.applied.join(', ')}`,
      '',
      ...writesSection(result),
      ...diagnosesSection(result.diagnoses),
      phases.table(),
      ''
    ].join('\n')
  );
  if (result.failure) {
    const restored = result.deployments
      .filter(d => d.outcome === 'rolled-back')
      .map(d => `${d.name} to ${d.revision}`);
    const undone = undoneSentence(result);
    const serving = result.writes?.length && result.serving ? `; before the rollback: ${result.serving}` : '';
    throw new StepFailure(
      [
        `${result.failure}${serving}`,
        restored.length
          ? `rolled back ${restored.join(', ')}`
          : result.writes?.length
            ? ''
            : 'nothing to roll back to',
        undone
      ]
        .filter(Boolean)
        .join('; '),
      `To fix: ${result.hint}`
    );
  }
}

/** Blue-green and canary (manifests or helm): outputs, the traffic at each step, and the failure after the restore. */
export function reportSlots(
  inputs: { cluster: string; strategy: { strategy: string } },
  rendered: RenderedImage[],
  result: SlotResult,
  phases: Phases
): void {
  core.setOutput(
    'revision',
    JSON.stringify({
      [result.failure ? result.previousDeployment || result.deployment : result.deployment]: result.revision
    })
  );
  core.setOutput(
    'previous-revision',
    JSON.stringify(result.previousDeployment ? { [result.previousDeployment]: result.previousRevision } : {})
  );
  core.setOutput('url', result.url);
  const backends = [
    ...new Set([...Object.keys(result.initialWeights), ...result.steps.flatMap(s => Object.keys(s.weights))])
  ];
  const title = result.failure
    ? `FAILED, traffic restored to ${result.previousDeployment || 'nothing'}`
    : `${inputs.strategy.strategy} to the ${result.slot} slot`;
  appendSummary(
    [
      `### AKS ${inputs.cluster}: ${title}`,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      `HTTPRoute \`${result.namespace}/${result.route}\`${result.url ? ` at ${result.url}` : ''}: deployed \`${result.deployment}\`${result.revision ? ` (revision ${result.revision})` : ''}, previously serving: ${result.previousDeployment ? `\`${result.previousDeployment}\` (revision ${result.previousRevision || '–'})` : 'nothing (first deploy)'}.`,
      ...(result.restoredMs === undefined || !result.failure
        ? []
        : [
            '',
            `Traffic back to where it was ${formatMs(result.restoredMs)} after the failure was detected; ${result.deployment} ${result.retired ?? 'scaled to 0'}.`
          ]),
      '',
      markdownTable(
        ['Step', ...backends.map(b => `${b} %`), 'Gate', 'At'],
        [
          ['before', ...backends.map(b => String(result.initialWeights[b] ?? 0)), '', '0 s'],
          ...result.steps.map(s => [
            s.step,
            ...backends.map(b => String(s.weights[b] ?? 0)),
            s.gate ? `${s.ok ? 'passed' : 'FAILED'}: ${s.gate}` : '',
            formatMs(s.atMs)
          ])
        ]
      ),
      '',
      imagesTable(rendered),
      '',
      `Applied: ${result.applied.join(', ')}`,
      '',
      phases.table(),
      ''
    ].join('\n')
  );
  if (result.failure) {
    const moved = result.steps.some(s => s.step === 'restored');
    throw new StepFailure(
      `${result.failure}; traffic restored to ${result.previousDeployment ? formatWeights(result.initialWeights) : 'nothing (the route was new)'}${moved ? ` ${formatMs(result.restoredMs ?? 0)} after the failure was detected` : ' (it never moved)'} and ${result.deployment} ${result.retired ?? 'scaled to 0'}`,
      `To fix: ${result.hint ?? 'see the log above'}`
    );
  }
}

/** Method helm, rolling: outputs, the release and its Deployments, and the failure after helm rollback. */
export function reportHelm(inputs: HelmInputs, result: HelmResult, phases: Phases): void {
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
      `Values files: ${inputs.values.length ? inputs.values.join(', ') : 'the chart defaults only'}${result.placement ? `; the image set through ${result.placement}` : ''}`,
      '',
      ...(result.left
        ? [
            `**Left:** release ${result.release} is ${result.left.state}. To finish the rollback: \`${result.left.command}\``,
            ''
          ]
        : []),
      ...diagnosesSection(result.diagnoses),
      phases.table(),
      ''
    ].join('\n')
  );
  if (result.failure) {
    const done =
      result.outcome === 'rolled-back'
        ? `rolled back release ${result.release} to revision ${result.previousRevision} (now revision ${result.revision})`
        : result.outcome === 'uninstalled'
          ? `uninstalled release ${result.release}, whose first install this was`
          : result.left
            ? ''
            : `release ${result.release} is left at revision ${result.revision ?? 'none'}`;
    throw new StepFailure(`${result.failure}${done ? `; ${done}` : ''}`, `To fix: ${result.hint}`);
  }
}

/** Mode rollback: outputs, what went back where, and the failure when it did not become available. */
export function reportRollback(inputs: Rollback, result: RollbackResult, phases: Phases): void {
  core.setOutput('revision', result.revision);
  core.setOutput('previous-revision', result.previousRevision);
  appendSummary(
    [
      `### AKS ${inputs.cluster}: ${result.failure ? 'rollback FAILED' : 'rolled back'}`,
      '',
      result.what,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      ...result.notes.flatMap(n => [n, '']),
      ...(result.deployments.length
        ? [
            markdownTable(
              ['Deployment', 'Outcome', 'Pod template', 'Replicas', 'Notes'],
              result.deployments.map(d => [
                `${d.namespace}/${d.name}`,
                d.outcome,
                d.revision || '–',
                d.replicas,
                d.failure ?? ''
              ])
            ),
            ''
          ]
        : []),
      phases.table(),
      ''
    ].join('\n')
  );
  if (result.failure)
    throw new StepFailure(
      `the rollback did not become available: ${result.failure}`,
      `To fix: ${result.hint}`
    );
}

/** Method gitops: outputs, the commit and Argo CD's progress, and the failure after the revert. */
export function reportGitops(inputs: GitopsInputs, result: GitopsResult, phases: Phases): void {
  const { bump, watch, revert, progress } = result;
  core.setOutput('commit', bump.changed ? bump.revision : '');
  core.setOutput('revision', revert?.watch?.revision ?? watch.revision ?? '');
  core.setOutput('previous-revision', result.previousRevision);
  const title = watch.ok ? 'deployed' : revert?.watch?.ok ? 'FAILED, reverted' : 'FAILED';
  const link = (c: Commit | undefined) => (c?.url ? `[${short(c.revision)}](${c.url})` : short(c?.revision));
  appendSummary(
    [
      `### Argo CD ${inputs.application}: ${title}`,
      '',
      ...(watch.failure ? [`**${watch.failure}**`, ''] : []),
      bump.changed
        ? `Commit ${link(bump)} in ${inputs.repository} (${inputs.branch}): \`${inputs.valuesFile}\` ${inputs.imageKey.join('.')} → \`${inputs.image.reference}\` (was \`${bump.previous.repository ?? '–'}@${bump.previous.digest ?? '–'}\`)${bump.conflicts ? `, after ${bump.conflicts} concurrent push${bump.conflicts > 1 ? 'es' : ''}` : ''}`
        : `\`${inputs.valuesFile}\` already named \`${inputs.image.reference}\`: no commit; synced ${short(bump.revision)}`,
      ...(revert?.commit
        ? [
            '',
            `Revert ${link(revert.commit)}: ${inputs.imageKey.join('.')} back to \`${bump.previous.repository}@${bump.previous.digest}\``
          ]
        : []),
      ...(revert?.skipped ? ['', `Not reverted: ${revert.skipped}`] : []),
      '',
      markdownTable(['Time', 'Sync', 'Operation', 'Health', 'Details'], progress),
      '',
      phases.table(),
      ''
    ].join('\n')
  );
  if (watch.ok) return;
  const after = revert?.skipped
    ? `not reverted: ${revert.skipped}`
    : revert?.watch?.ok
      ? `reverted in ${short(revert.commit?.revision)}; ${inputs.application} is Synced and Healthy again on ${bump.previous.repository}@${bump.previous.digest}`
      : revert?.watch
        ? `reverted in ${short(revert.commit?.revision)}, but ${revert.watch.failure}`
        : bump.changed
          ? 'not reverted'
          : 'nothing was committed, nothing to revert';
  throw new StepFailure(
    `${watch.failure}; ${after}`,
    'To fix: look at the application in Argo CD (its events and the pods of the new ReplicaSet), fix the image and deploy again'
  );
}

/** What to do about a refusal by ARM, the cluster or Helm: the role the identity lacks, or where to look. */
function advice(
  error: unknown,
  inputs: ClusterInputs & { method: string; chart?: string },
  identity: string
) {
  const scope = `/subscriptions/${inputs.subscriptionId}/resourceGroups/${inputs.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${inputs.cluster}`;
  // A cluster outside Azure authorizes with Kubernetes RBAC alone, and authenticates what its kubeconfig presents.
  const outside = inputs.kubeconfig;
  const writer = outside
    ? `Bind ${identity} to a Role that may write there (kubectl create rolebinding --clusterrole=edit --namespace ${inputs.namespace}), or use a kubeconfig user that has one`
    : `Give ${identity} the 'Azure Kubernetes Service RBAC Writer' role on ${scope}/namespaces/${inputs.namespace}`;
  if (inputs.method === 'helm') {
    const helmWriter = `${writer} (Helm keeps its releases as Secrets there)`;
    if (error instanceof HelmError) {
      if (/forbidden/i.test(error.helmMessage)) return helmWriter;
      if (error.command === 'upgrade' && error.stage === 'render' && inputs.chart)
        return `Nothing was applied: check the chart ${inputs.chart} and the values files (helm template shows the same error)`;
      if (error.command === 'upgrade' && inputs.chart)
        return `Nothing was applied: the chart ${inputs.chart} renders (helm template passes), the cluster refused the upgrade; fix what Helm names and deploy again`;
    }
    if (error instanceof RemoteError && error.service === 'kubernetes' && error.status === 403)
      return helmWriter;
  }
  if (!(error instanceof RemoteError)) return undefined;
  if (error.service === 'arm' && error.code === 'AuthorizationFailed')
    return `Give ${identity} the 'Azure Kubernetes Service Cluster User Role' on ${scope}`;
  if (error.service === 'arm' && error.code === 'ResourceNotFound')
    return 'Check the cluster and resource-group inputs';
  if (error.service === 'kubernetes' && error.status === 403)
    return outside ? writer : `${writer} (or a Kubernetes RoleBinding for it)`;
  if (error.service === 'kubernetes' && error.status === 401)
    return outside
      ? `The API server did not accept the credentials of context ${outside.context} in ${outside.path}: a token it does not know, or a client certificate its CA did not sign (or one past its expiry)`
      : 'The API server did not accept the Entra token: check that the cluster uses Microsoft Entra ID integration';
  return undefined;
}

/**
 * An error as the step reports it: a cluster method's with the advice for a refusal, and, in a rollback, said to
 * have happened during it (a mistake in the inputs speaks for itself). Report failures, and gitops's errors, which
 * name what to do themselves, pass through as they are.
 */
export function stepFailure(error: unknown, inputs: Inputs, identity: string): unknown {
  if (error instanceof StepFailure || inputs.method === 'gitops') return error;
  if (error instanceof RefusedObject) return new StepFailure(error.message, `To fix: ${error.hint}`);
  const rollback = inputs.mode === 'rollback' && !(error instanceof ConfigurationError) ? 'rollback: ' : '';
  if (rollback && error instanceof RolloutFailure)
    return new StepFailure(`${rollback}${error.message}`, `To fix: ${error.hint}`);
  const chart = inputs.mode === 'deploy' && inputs.method === 'helm' ? inputs.chart : undefined;
  const hint = advice(error, { ...inputs, ...(chart ? { chart } : {}) }, identity);
  if (!hint && !rollback) return error;
  return new StepFailure(`${rollback}${errorMessage(error)}`, hint);
}
