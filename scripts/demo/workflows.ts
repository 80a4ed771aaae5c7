// npm run demo -- --workflows: the Spring Boot template (workflows/spring-boot-service.yml) as
// musafirgo/musafirgo-bookings-service runs it, from its file, through the strict workflow runner: a push to
// main, a release tag approved by a reviewer, and a break-glass rollback of prod. Job by job, with what each
// job's fresh runner had: an empty workspace until its checkout, the jar only through the artifact.
import type { ApimService } from '../../sandbox/apim/index.js';
import type { ContainerAppsService } from '../../sandbox/containerapps/index.js';
import type { Sandbox } from '../../sandbox/index.js';
import {
  runWorkflow,
  WorkflowHost,
  type JobResult,
  type WorkflowRunOptions
} from '../../sandbox/workflow.js';
import {
  busyboxContext,
  platformSettings,
  reviewer,
  serviceRepository
} from '../../tests/support/service-repo.js';
import { platform } from '../../tests/support/world.js';
import { bold, detail, formatDuration, shortDigests } from './story.js';

const mark = (job: JobResult) => (job.result === 'success' ? '✓' : job.result === 'skipped' ? '·' : '✗');
const short = (name: string) => name.replace(/^(musafirgo\/actions\/|actions\/)/, '').replace(/@v\d+$/, '');

/** A job's lines: its outcome first, then what its runner had and did. */
export function jobLines(path: string, job: JobResult): string[] {
  const lines = [
    `${mark(job)} ${path.replace(/\//g, ' › ').padEnd(28)} ${job.result}${job.environment ? ` in ${job.environment}` : ''} in ${formatDuration(job.durationMs ?? 0)}`
  ];
  if (job.failure) return [...lines, ...detail('why', job.failure, { wrap: true })];
  const workspace = job.runner?.workspace ?? '';
  for (const line of job.log) {
    const fresh = /^fresh runner: workspace (\S+) \(empty\)/.exec(line);
    const uploaded = /^Artifact (\S+) has been successfully uploaded! Final size is (\d+) bytes/.exec(line);
    const downloaded = /^Artifact download completed successfully: (\d+) files into (\S+)/.exec(line);
    if (fresh) {
      const root = fresh[1]!.split('/work/')[0]!;
      lines.push(...detail('runner', `fresh: ${root}, its workspace empty, its own RUNNER_TEMP and HOME`));
    } else if (line.startsWith('checkout: '))
      lines.push(
        ...detail('checkout', line.slice('checkout: '.length).replace(/ into \S+/, ' into the workspace'))
      );
    else if (uploaded) lines.push(...detail('artifact', `${uploaded[1]} uploaded (${uploaded[2]} bytes)`));
    else if (downloaded)
      lines.push(
        ...detail(
          'artifact',
          `${downloaded[1]} file(s) downloaded into ${downloaded[2]!.replace(`${workspace}/`, '')}/`
        )
      );
    else if (line.startsWith('environment '))
      lines.push(...detail('approval', line.replace(/^environment \S+: /, '')));
  }
  const stepsRun = job.steps.filter(step => step.outcome !== 'skipped');
  lines.push(
    ...detail(
      'steps',
      stepsRun.map(step => `${short(step.name)} ${step.outcome === 'success' ? '✓' : '✗'}`).join(', ')
    )
  );
  return lines;
}

export async function workflowsDemo(
  sandbox: Sandbox,
  services: { aca: ContainerAppsService; apim: ApimService },
  print: (line: string) => void = console.log
): Promise<{ ok: boolean; summary: string }> {
  const busybox = busyboxContext();
  const repo = serviceRepository('bookings', 'spring-boot-service.yml', doc =>
    doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`)
  );
  const name = 'musafirgo/musafirgo-bookings-service';
  const repository = platformSettings(name, repo.path, {
    dev: services.apim.key(platform.devApim, 'smoke-tests'),
    prod: services.apim.key(platform.prodApim, 'smoke-tests')
  });
  const host = new WorkflowHost(sandbox);
  const onJob = (path: string, job: JobResult) => {
    for (const line of jobLines(path, job)) print(line);
  };
  const pipeline = (title: string, options: Partial<WorkflowRunOptions>) => {
    print('');
    print(bold(title));
    return runWorkflow({ sandbox, host, file: repo.workflow, event: 'push', repository, onJob, ...options });
  };
  const serving = (app: string) =>
    Object.entries(services.aca.traffic(app)).find(([, weight]) => weight === 100)?.[0] ?? 'nothing';

  const push = await pipeline(`Push to main of ${name} at ${repo.sha.slice(0, 7)}`, {
    job: { ref: 'refs/heads/main' }
  });
  if (push.result !== 'success') return { ok: false, summary: 'the push to main failed' };
  const image = push.jobs['ci']!.outputs['image']!;
  const release = await pipeline(
    'Tag v1.0.0: promote the tested digest, deploy prod once a reviewer approves',
    {
      job: { ref: 'refs/tags/v1.0.0' },
      review: request => {
        print(
          detail(
            'review',
            `${request.job} waits for ${request.reviewers.join(', ')} to approve ${request.environment}: approved`
          )[0]!
        );
        return { state: 'approved', reviewer };
      }
    }
  );
  if (release.result !== 'success') return { ok: false, summary: 'the release failed' };
  const released = serving('musafirgo-bookings-prod');
  const rollback = await pipeline(
    'Break-glass rollback of prod from main: prod-rollback, no reviewer to wait for',
    {
      event: 'workflow_dispatch',
      inputs: { rollback: 'prod' },
      job: { ref: 'refs/heads/main' }
    }
  );
  if (rollback.result !== 'success') return { ok: false, summary: 'the rollback failed' };
  return {
    ok: true,
    summary: shortDigests(
      `Built ${image}, served by musafirgo-bookings-dev (${serving('musafirgo-bookings-dev')}), released to prod as ${released}, rolled back to ${serving('musafirgo-bookings-prod')}`
    )
  };
}
