import https from 'node:https';
import type { StaticSitesService } from '../../sandbox/staticsites/index.js';
import { deployStorage, landingSite } from '../../tests/support/swa.js';
import type { DemoContext } from './context.js';
import { detail, summaryValue } from './story.js';

/** The landing page's inputs, as a workflow's `with:`: its site folder and smoke checks, from this repository. */
const landing = {
  'resource-group': landingSite.resourceGroup,
  app: landingSite.name,
  output: 'examples/landing/site',
  'storage-account': deployStorage.account,
  smoke: 'examples/landing/smoke.yaml'
};
/** What deploy-swa derives from a pull_request event of pull request 3 (refs/pull/3/merge). */
const pullRequest = '3';

/** What a visitor sees at a host: the page's call to action and where it leads, or the status. */
function visit(swa: StaticSitesService, demo: DemoContext, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(
        new URL('/', swa.contentUrl),
        { headers: { 'x-forwarded-host': host }, ca: demo.sandbox.tls.ca },
        response => {
          let body = '';
          response.on('data', (c: Buffer) => (body += c.toString()));
          response.on('end', () => {
            const cta = /<a[^>]*class="cta"[^>]*href="([^"]+)"[^>]*>\s*([^<]+?)\s*</.exec(body);
            const link = cta ? new URL(cta[1]!.replace(/&amp;/g, '&')) : undefined;
            if (cta && link)
              resolve(
                `"${cta[2]}" → ${link.host}, ${[...link.searchParams].map(([k, v]) => `${k}=${v}`).join(' ')}`
              );
            else if (/Congratulations on your new site/.test(body))
              resolve("Azure's placeholder page (nothing deployed yet)");
            else resolve(`HTTP ${response.statusCode}`);
          });
        }
      )
      .on('error', reject);
  });
}

/** The landing page to a pull request's preview environment, then to production; the preview deleted on close. */
export async function deploySwa(demo: DemoContext, swa: StaticSitesService): Promise<void> {
  const previewHost = landingSite.hostname.replace(/^([^.]+)/, `$1-${pullRequest}`);
  for (const target of [
    { environment: pullRequest, host: previewHost, id: 'swa-preview' },
    { environment: 'production', host: landingSite.hostname, id: 'swa' }
  ]) {
    const before = await visit(swa, demo, target.host);
    await demo.step({
      id: target.id,
      action: 'deploy-swa',
      inputs: { ...landing, environment: target.environment },
      tell: async run => ({
        outcome: `deployed the landing page to ${target.environment === 'production' ? 'production' : `the preview of pull request ${target.environment}`} at ${run.outputs['url']}`,
        details: [
          ...detail('before', before),
          ...detail('after', await visit(swa, demo, target.host)),
          ...detail(
            'checked',
            `the site served deployment ${run.outputs['deployment-id']!.slice(0, 8)}… ${/after [^(]+/.exec(summaryValue(run.summary, 'Served') ?? '')?.[0]?.trim() ?? ''}; smoke ${summaryValue(run.summary, 'Smoke')?.replace(/ in .*/, '') ?? '?'}`
          )
        ]
      })
    });
  }
  await demo.step({
    id: 'swa-close',
    action: 'deploy-swa',
    inputs: {
      'resource-group': landing['resource-group'],
      app: landing.app,
      mode: 'delete',
      environment: pullRequest
    },
    tell: async () => ({
      outcome: `deleted the preview of pull request ${pullRequest} as it closed (its URL now answers ${await visit(swa, demo, previewHost)})`
    })
  });
}
