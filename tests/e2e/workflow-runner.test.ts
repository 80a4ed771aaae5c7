import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runWorkflow } from '../../sandbox/workflow.js';
import { deployer, devSubscription, tenantId } from '../support/world.js';

let sandbox: Sandbox;
const vars = {
  AZURE_CLIENT_ID: deployer.appId,
  AZURE_TENANT_ID: tenantId,
  AZURE_SUBSCRIPTION_ID: devSubscription.id
};

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

describe('the local workflow runner', () => {
  it('runs a reusable workflow from its file: inputs, step outputs, exported variables, job and workflow outputs', async () => {
    const result = await runWorkflow({
      sandbox,
      file: 'tests/fixtures/workflows/login-check.yml',
      event: 'workflow_call',
      inputs: { 'subscription-id': devSubscription.id },
      vars
    });
    expect(result.result).toBe('success');
    const steps = result.jobs['login']!.steps;
    // actions/checkout is emulated now: it checks the commit out into the job's fresh workspace (empty here).
    expect(steps.map(step => step.outcome)).toEqual(['success', 'success', 'success']);
    expect(steps[1]!.run!.outputs['subscription-name']).toBe(devSubscription.name);
    expect(steps[2]!.log).toBe(`deployed to ${devSubscription.name} as ${deployer.appId}\n`);
    expect(result.outputs).toEqual({ subscription: devSubscription.name });
  });

  it('calls a reusable workflow from a caller, with needs and its outputs', async () => {
    const result = await runWorkflow({
      sandbox,
      file: 'tests/fixtures/workflows/caller.yml',
      event: 'workflow_dispatch',
      vars
    });
    expect(result.jobs['check']!.jobs!['login']!.result).toBe('success');
    expect(result.jobs['after']!.steps[0]!.log).toBe('ok\n');
    expect(result.result).toBe('success');
  });

  it('fails a workflow that reads an output the action does not declare', async () => {
    await expect(
      runWorkflow({
        sandbox,
        file: 'tests/fixtures/workflows/wrong-output.yml',
        event: 'workflow_dispatch',
        vars
      })
    ).rejects.toThrow(
      "step 'azure' (musafirgo/actions/login) has no output 'subscription'; it has client-id, tenant-id, subscription-id, subscription-name, object-id, environment"
    );
  });

  it('gives a job an OIDC token only when its permissions grant id-token: write', async () => {
    const result = await runWorkflow({
      sandbox,
      file: 'tests/fixtures/workflows/no-id-token.yml',
      event: 'workflow_dispatch',
      vars
    });
    const [login, report] = result.jobs['login']!.steps;
    expect(login!.run!.errors[0]).toContain("Grant it with 'permissions: id-token: write'");
    expect(report!.outcome).toBe('success');
    expect(result.result).toBe('failure');
  });

  it('checks workflow inputs like GitHub', async () => {
    await expect(
      runWorkflow({
        sandbox,
        file: 'tests/fixtures/workflows/caller.yml',
        event: 'workflow_dispatch',
        inputs: { environment: 'staging' },
        vars
      })
    ).rejects.toThrow(
      "input 'environment' of tests/fixtures/workflows/caller.yml must be one of dev, prod, not 'staging'"
    );
    await expect(
      runWorkflow({ sandbox, file: 'tests/fixtures/workflows/login-check.yml', event: 'workflow_call', vars })
    ).rejects.toThrow("tests/fixtures/workflows/login-check.yml requires the input 'subscription-id'");
  });
});
