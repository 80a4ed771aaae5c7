// What a zip deployment does once ARM has accepted it: download the package from appZipUrl as Azure would (an https
// URL on the internet: here through the sandbox's proxy, so a blob URL reaches the storage emulator with its SAS),
// unzip it, read staticwebapp.config.json, and put the build's new content in place at once.
import https from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { ArmError } from '../arm.js';
import type { Sandbox } from '../index.js';
import type { Build, Content, Site } from './model.js';
import type { SiteConfig } from './routing.js';
import { readZip, ZipError } from './zip.js';

export interface ZipDeployment {
  appZipUrl: string;
  apiZipUrl?: string;
  deploymentTitle?: string;
}

/** The largest app a deployment may hold (the Standard plan's quota). */
const MAX_APP_BYTES = 500 * 1024 * 1024;
const MAX_CONFIG_BYTES = 20 * 1024;

export class DeploymentController {
  /** Builds (`<site id>/builds/<name>`, lower case) whose deployments succeed without changing what is served. */
  readonly held = new Set<string>();

  constructor(
    private readonly sandbox: () => Sandbox,
    private readonly now: () => string,
    private readonly secrets: Set<string>
  ) {}

  async deploy(site: Site, build: Build, request: ZipDeployment): Promise<void> {
    build.status = 'Deploying';
    try {
      const files = await this.download('appZipUrl', request.appZipUrl);
      const functions = request.apiZipUrl
        ? [
            ...new Set(
              [...(await this.download('apiZipUrl', request.apiZipUrl)).keys()]
                .filter(p => p.endsWith('/function.json'))
                .map(p => p.split('/')[0]!)
            )
          ]
        : undefined;
      const content: Content = { files, config: readConfig(files), ...(functions ? { functions } : {}) };
      if (!this.held.has(`${site.id}/builds/${build.name}`.toLowerCase())) build.content = content;
      build.status = 'Ready';
      build.deploymentTitle = request.deploymentTitle;
      build.deployments += 1;
      build.lastUpdatedOn = this.now();
    } catch (error) {
      build.status = build.content ? 'Ready' : 'Failed';
      throw error;
    }
  }

  private async download(property: string, location: string): Promise<Map<string, Buffer>> {
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      throw new ArmError(400, 'BadRequest', `The ${property} '${location.slice(0, 100)}' is not a URL.`);
    }
    if (url.protocol !== 'https:')
      throw new ArmError(400, 'BadRequest', `The ${property} must be an https URL.`);
    const sig = url.searchParams.get('sig');
    if (sig) this.secrets.add(sig);
    const sandbox = this.sandbox();
    const { status, body } = await new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      https
        .get(
          url,
          { agent: new HttpsProxyAgent(sandbox.urls.proxy), ca: sandbox.tls.ca, timeout: 30_000 },
          res => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on('data', (c: Buffer) => {
              size += c.length;
              if (size > MAX_APP_BYTES) res.destroy(new Error('over the size limit'));
              else chunks.push(c);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
            res.on('error', reject);
          }
        )
        .on('error', reject);
    }).catch((error: Error) => {
      throw new ArmError(
        400,
        'BadRequest',
        `The package at ${property} could not be downloaded: ${error.message}.`
      );
    });
    if (status !== 200) {
      const code = /<Code>([^<]+)<\/Code>/.exec(body.toString())?.[1] ?? '';
      throw new ArmError(
        400,
        'BadRequest',
        `The package at ${property} could not be downloaded: the storage service answered ${status}${code ? ` ${code}` : ''}.`
      );
    }
    try {
      return readZip(body);
    } catch (error) {
      if (error instanceof ZipError)
        throw new ArmError(
          400,
          'BadRequest',
          `The package at ${property} is not a valid zip archive: ${error.message}.`
        );
      throw error;
    }
  }
}

/** staticwebapp.config.json at the root of the content (or anywhere in it, as the service looks), parsed. */
function readConfig(files: Map<string, Buffer>): SiteConfig {
  const path = files.has('staticwebapp.config.json')
    ? 'staticwebapp.config.json'
    : [...files.keys()].find(p => p.endsWith('/staticwebapp.config.json'));
  if (!path) return {};
  const text = files.get(path)!;
  if (text.length > MAX_CONFIG_BYTES)
    throw new ArmError(
      400,
      'BadRequest',
      `The staticwebapp.config.json file is ${text.length} bytes, over the 20 KB limit.`
    );
  try {
    const config = JSON.parse(text.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error('not an object');
    const routes = (config as { routes?: unknown }).routes;
    if (routes !== undefined && !Array.isArray(routes)) throw new Error("'routes' is not an array");
    return config as SiteConfig;
  } catch (error) {
    throw new ArmError(
      400,
      'BadRequest',
      `The staticwebapp.config.json file is invalid: ${(error as Error).message}.`
    );
  }
}
