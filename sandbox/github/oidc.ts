// GitHub's OIDC token service (token.actions.githubusercontent.com): discovery, JWKS, and the runner's ID-token
// endpoint, which mints RS256 ID tokens with GitHub's claims for the jobs the sandbox registered.
import { randomBytes, randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Core, Handler, Reply } from '../core.js';
import { createSigningKey, type SigningKey } from '../keys.js';
import { resolveJob, type JobContext, type World } from '../world.js';

export interface RegisteredJob {
  requestUrl: string;
  requestToken: string;
  context: JobContext;
}

const ID_TOKEN_PATH = /^\/_apis\/distributedtask\/hubs\/Actions\/plans\/([^/]+)\/jobs\/([^/]+)\/idtoken$/;

/** The subject GitHub puts in an ID token: default, immutable or from an `include_claim_keys` template. */
export function subjectFor(job: JobContext, claims: Record<string, unknown> = {}): string {
  const [owner, name] = job.repository.split('/');
  const repo =
    job.subjectFormat === 'immutable'
      ? `repo:${owner}@${job.repositoryOwnerId}/${name}@${job.repositoryId}`
      : `repo:${job.repository}`;
  const context = job.environment
    ? `environment:${job.environment}`
    : job.eventName === 'pull_request'
      ? 'pull_request'
      : `ref:${job.ref}`;
  if (!job.includeClaimKeys?.length) return `${repo}:${context}`;
  return job.includeClaimKeys
    .map(key => (key === 'repo' ? repo : key === 'context' ? context : `${key}:${String(claims[key] ?? '')}`))
    .join(':');
}

/** GitHub's OIDC token service: discovery, JWKS and the runner's ID-token request endpoint. */
export class GitHubOidc {
  private readonly jobs = new Map<string, { plan: string; job: string; context: JobContext }>();

  private constructor(
    private readonly core: Core,
    private readonly world: World,
    private readonly key: SigningKey
  ) {}

  static async create(core: Core, world: World): Promise<GitHubOidc> {
    return new GitHubOidc(core, world, await createSigningKey());
  }

  registerJob(baseUrl: string, overrides?: Partial<JobContext>): RegisteredJob {
    const context = resolveJob(this.world, overrides);
    const plan = randomUUID();
    const job = randomUUID();
    const requestToken = this.core.secret(randomBytes(48).toString('base64url'));
    this.jobs.set(requestToken, { plan, job, context });
    const requestUrl = `${baseUrl}/_apis/distributedtask/hubs/Actions/plans/${plan}/jobs/${job}/idtoken?api-version=2.0`;
    return { requestUrl, requestToken, context };
  }

  async mint(job: JobContext, audience?: string): Promise<string> {
    const now = Math.floor(this.core.clock.now().getTime() / 1000);
    const [owner] = job.repository.split('/');
    const claims: Record<string, unknown> = {
      jti: randomUUID(),
      sub: '',
      aud: audience ?? `https://github.com/${owner}`,
      ref: job.ref,
      sha: job.sha,
      repository: job.repository,
      repository_owner: owner,
      repository_owner_id: job.repositoryOwnerId,
      run_id: job.runId,
      run_number: job.runNumber,
      run_attempt: job.runAttempt,
      repository_visibility: job.repositoryVisibility,
      repository_id: job.repositoryId,
      actor_id: job.actorId,
      actor: job.actor,
      workflow: job.workflow,
      head_ref: job.headRef ?? '',
      base_ref: job.baseRef ?? '',
      event_name: job.eventName,
      ref_protected: String(job.refProtected),
      ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      workflow_ref: job.workflowRef,
      workflow_sha: job.workflowSha,
      job_workflow_ref: job.jobWorkflowRef,
      job_workflow_sha: job.jobWorkflowSha,
      runner_environment: job.runnerEnvironment,
      ...(job.environment ? { environment: job.environment } : {}),
      iss: this.world.github.issuer,
      nbf: now - 5,
      iat: now,
      exp: now + this.world.github.idTokenLifetimeSeconds
    };
    claims.sub = subjectFor(job, claims);
    return this.core.secret(await this.key.sign(claims));
  }

  readonly handler: Handler = async req => {
    const path = req.url.pathname;
    const base = `https://${req.host}`;
    if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      return {
        status: 200,
        body: {
          issuer: this.world.github.issuer,
          jwks_uri: `${base}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: [
            'sub',
            'aud',
            'exp',
            'iat',
            'iss',
            'jti',
            'nbf',
            'ref',
            'sha',
            'repository',
            'repository_id',
            'repository_owner',
            'repository_owner_id',
            'enterprise',
            'enterprise_id',
            'run_id',
            'run_number',
            'run_attempt',
            'actor',
            'actor_id',
            'workflow',
            'workflow_ref',
            'workflow_sha',
            'head_ref',
            'base_ref',
            'event_name',
            'ref_type',
            'ref_protected',
            'environment',
            'environment_node_id',
            'job_workflow_ref',
            'job_workflow_sha',
            'repository_visibility',
            'runner_environment',
            'issuer_scope'
          ],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid']
        }
      };
    }
    if (req.method === 'GET' && path === '/.well-known/jwks')
      return { status: 200, body: { keys: [this.key.jwk] } };
    const m = ID_TOKEN_PATH.exec(path);
    if (m && (req.method === 'GET' || req.method === 'POST')) {
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const job = bearer ? this.jobs.get(bearer) : undefined;
      if (!job || job.plan !== m[1] || job.job !== m[2]) {
        return unauthorized();
      }
      const audience = req.url.searchParams.get('audience') ?? undefined;
      const value = await this.mint(job.context, audience);
      return {
        status: 200,
        body: { value },
        detail: { audience: audience ?? null, sub: decodeJwt(value).sub }
      };
    }
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  };
}

function unauthorized(): Reply {
  return {
    status: 401,
    body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
    headers: { 'WWW-Authenticate': 'Bearer' }
  };
}
