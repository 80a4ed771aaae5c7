import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox, type SandboxService } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';

let stopped = false;
const echo: SandboxService = {
  name: 'echo',
  async start(sandbox) {
    const url = await sandbox.serve(
      'echo',
      request => ({ status: 200, body: { path: request.url.pathname } }),
      {
        hosts: ['echo.azure-api.net']
      }
    );
    sandbox.addEnv({ ECHO_URL: url });
    return async () => {
      stopped = true;
    };
  }
};

let sandbox: Sandbox;
let untrust: () => void;
beforeAll(async () => {
  sandbox = await startSandbox({ services: [echo] });
  untrust = sandboxTrust(sandbox);
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
  expect(stopped).toBe(true);
});

describe('sandbox services', () => {
  it('serve an emulator with faults and recorded calls, and hand its URL to every step', async () => {
    const url = sandbox.env()['ECHO_URL']!;
    expect(await (await fetch(`${url}/status`)).json()).toEqual({ path: '/status' });
    sandbox.faults.add({ service: 'echo', status: 503, retryAfterSeconds: 2 });
    const faulted = await fetch(`${url}/status`);
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect(sandbox.calls({ service: 'echo' }).map(call => call.status)).toEqual([200, 503]);
  });
});

describe('the image catalog', () => {
  it('resolves digests and tags through the registry that serves the host', async () => {
    const seen: string[] = [];
    sandbox.images.register('MusafirGOdev.azurecr.io', async (repository, reference) => {
      seen.push(`${repository} ${reference}`);
      return reference === 'missing' ? undefined : { digest: 'sha256:abc' };
    });
    await expect(sandbox.images.resolve('musafirgodev.azurecr.io/itinerary@sha256:abc')).resolves.toEqual({
      digest: 'sha256:abc'
    });
    await expect(
      sandbox.images.resolve('musafirgodev.azurecr.io/team/itinerary:missing')
    ).resolves.toBeUndefined();
    await expect(sandbox.images.resolve('musafirgodev.azurecr.io/itinerary')).resolves.toEqual({
      digest: 'sha256:abc'
    });
    await expect(sandbox.images.resolve('docker.io/library/nginx:1')).resolves.toBe('unknown-registry');
    expect(seen).toEqual(['itinerary sha256:abc', 'team/itinerary missing', 'itinerary latest']);
  });
});
