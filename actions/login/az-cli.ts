import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cloud } from '../shared/cloud.js';
import { ConfigurationError } from '../shared/errors.js';
import { execTool } from '../shared/exec.js';
import { fetchIdToken, type OidcRequest } from '../shared/github-oidc.js';
import type { Inputs } from './inputs.js';

/**
 * Logs the az CLI in for later `run:` steps that still need it, in a config directory of this job's own
 * (self-hosted runners otherwise share ~/.azure between jobs). The ID token goes to az through a 0600 file
 * (`@file`), never on its command line, and the file is deleted at once.
 */
export async function loginAzCli(options: {
  inputs: Inputs;
  cloud: Cloud;
  subscriptionId?: string;
  request: OidcRequest;
}): Promise<void> {
  const { inputs, cloud, request } = options;
  const base = process.env['RUNNER_TEMP'] || tmpdir();
  const configDir = join(base, `musafirgo-az-${randomBytes(6).toString('hex')}`);
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  const env = { ...process.env, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' };
  const az = async (args: string[]) => {
    const result = await execTool('az', args, { env });
    if (result.code === 127) {
      throw new ConfigurationError("'az-cli: true' needs the az CLI on the runner, and it is not on PATH");
    }
    if (result.code !== 0) {
      const last = result.stderr.trim().split('\n').pop() || `az ${args[0]} exited with ${result.code}`;
      throw new ConfigurationError(`the az CLI could not log in: ${last}`);
    }
  };

  const tokenFile = join(configDir, 'federated-token');
  try {
    await az(['cloud', 'set', '--name', cloud.name]);
    await writeFile(tokenFile, await fetchIdToken(request, inputs.audience ?? cloud.tokenExchangeAudience), {
      mode: 0o600
    });
    const login = [
      'login',
      '--service-principal',
      '--username',
      inputs.clientId,
      '--tenant',
      inputs.tenantId
    ];
    login.push('--federated-token', `@${tokenFile}`, '--output', 'none');
    if (!options.subscriptionId) login.push('--allow-no-subscriptions');
    await az(login);
    if (options.subscriptionId) await az(['account', 'set', '--subscription', options.subscriptionId]);
  } finally {
    await rm(tokenFile, { force: true });
  }
  core.exportVariable('AZURE_CONFIG_DIR', configDir);
  core.info(
    'az CLI sessions from a federated token last about an hour for ARM and five minutes for other resources (azure-cli#28708); the musafirgo actions do not need it.'
  );
}
