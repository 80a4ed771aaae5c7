import type { DemoContext } from './context.js';
import * as inputs from './inputs.js';
import { detail, shortId, summaryValue } from './story.js';

/**
 * Logs in to the sandbox's Entra ID with the job's GitHub OIDC token, as every pipeline starts: as the dev
 * deployer, or (`prod`) as the prod promoter in a job of its own.
 */
export async function login(demo: DemoContext, who: 'dev' | 'prod' = 'dev'): Promise<void> {
  await demo.step({
    id: who === 'dev' ? 'login' : 'login-prod',
    action: 'login',
    inputs: inputs.login[who],
    tell: run => {
      const subject = summaryValue(run.summary, 'GitHub subject');
      const exported = Object.keys(run.exported);
      return {
        outcome: `logged in as ${who === 'prod' ? 'the prod promoter ' : ''}${shortId(run.outputs['client-id'])} to subscription ${run.outputs['subscription-name']} with the job's GitHub OIDC token`,
        details: [
          ...(subject ? detail('subject', `${subject}, matched by a federated credential (no secret)`) : []),
          ...(who === 'dev'
            ? detail(
                'exported',
                `${exported.slice(0, 3).join(', ')} and ${exported.length - 3} more for the next steps`
              )
            : [])
        ]
      };
    }
  });
}
