// Prints the federated credentials an identity needs on its Entra app registration (or managed identity), and
// the commands that register them:
//
//   npm run federated-credentials -- --repo musafirgo/itinerary --environments dev [--branches main] [--app-id <id>]
//   npm run federated-credentials -- --repo musafirgo/a,musafirgo/b,... --environments dev --flexible
//
// One subject per GitHub environment the deploy jobs use (a job with `environment:` gets that subject, not
// the branch's), plus the branches whose jobs log in without an environment (CI pushing images; main by
// default, except for a prod identity, which trusts its environment alone: a branch subject would let any job
// on main log in to prod without the environment's reviewers) and, when asked, pull requests. Subjects are
// matched exactly and case-sensitively. Entra allows at most 20 federated credentials per identity: one identity
// for many repositories takes flexible credentials (a claims-matching expression per environment or branch, on
// the repositories' names and on job_workflow_ref, the platform's reusable workflows at their release tag).
import { pathToFileURL } from 'node:url';
import { defineCommand, readCommandLine } from '../actions/shared/args.js';
import {
  federatedCredentialFor,
  registerCommand,
  type FederatedCredential
} from '../actions/login/diagnostics.js';

export interface CredentialRequest {
  repository: string;
  environments: string[];
  branches: string[];
  pullRequests: boolean;
  audience: string;
  issuer: string;
}

/** Entra's limit per application or user-assigned identity. */
export const MAX_CREDENTIALS = 20;

/** A flexible federated identity credential (Microsoft Graph beta): an expression instead of a subject. */
export interface FlexibleCredential {
  name: string;
  issuer: string;
  audiences: string[];
  claimsMatchingExpression: { value: string; languageVersion: 1 };
  description: string;
}

export interface IdentityRequest extends Omit<CredentialRequest, 'repository'> {
  repositories: string[];
  /** Flexible credentials even when exact ones would fit. */
  flexible: boolean;
  /** The reusable workflows whose jobs may log in, as job_workflow_ref matches them; any workflow when empty. */
  workflows: string;
}

/** `musafirgo/musafirgo-*-service` for musafirgo/musafirgo-bookings-service and musafirgo/musafirgo-trust-safety-service. */
export function repositoryPattern(repositories: string[]): string {
  const owners = new Set(repositories.map(r => r.split('/')[0]));
  if (owners.size !== 1)
    throw new Error('one flexible credential covers the repositories of one owner; give one owner');
  const names = repositories.map(r => r.split('/')[1]!);
  if (names.length === 1) return repositories[0]!;
  let prefix = names[0]!;
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  let suffix = names[0]!.slice(prefix.length);
  for (const name of names) while (!name.slice(prefix.length).endsWith(suffix)) suffix = suffix.slice(1);
  return `${[...owners][0]}/${prefix}*${suffix}`;
}

/**
 * The credentials of one identity serving these repositories: exact subjects while they fit under Entra's
 * limit (and flexible was not asked for), otherwise one flexible credential per environment, branch or pull
 * requests, matching the repositories' names and the reusable workflows allowed to log in.
 */
export function identityCredentials(
  request: IdentityRequest
): Array<FederatedCredential | FlexibleCredential> {
  const exact = request.repositories.flatMap(repository => credentialsFor({ ...request, repository }));
  if (!request.flexible) {
    if (exact.length > MAX_CREDENTIALS) {
      throw new Error(
        `Entra allows ${MAX_CREDENTIALS} federated credentials per identity; ${request.repositories.length} repositories need ${exact.length}: add --flexible (one claims-matching credential per environment and branch), or give each service its own identity`
      );
    }
    return exact;
  }
  for (const repository of request.repositories) credentialsFor({ ...request, repository });
  const pattern = repositoryPattern(request.repositories);
  const contexts = [
    ...request.environments.map(environment => `environment:${environment}`),
    ...request.branches.map(branch => `ref:refs/heads/${branch}`),
    ...(request.pullRequests ? ['pull_request'] : [])
  ];
  return contexts.map(context => {
    const clauses = [`claims['sub'] matches 'repo:${pattern}:${context}'`];
    if (request.workflows) clauses.push(`claims['job_workflow_ref'] matches '${request.workflows}'`);
    const name = `${pattern}-${context}`
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 120);
    return {
      name,
      issuer: request.issuer,
      audiences: [request.audience],
      claimsMatchingExpression: { value: clauses.join(' and '), languageVersion: 1 },
      description: `GitHub Actions: repo:${pattern}:${context}${request.workflows ? ` from ${request.workflows}` : ''}`
    };
  });
}

/**
 * Flexible credentials are created through Microsoft Graph (beta), not `az ad app federated-credential`. The body
 * is single-quoted for the shell, the expression's own quotes escaped as '\\''.
 */
export function flexibleRegisterCommand(appId: string, credential: FlexibleCredential): string {
  const body = JSON.stringify(credential).replace(/'/g, "'\\''");
  return `az rest --method POST --uri "https://graph.microsoft.com/beta/applications(appId='${appId}')/federatedIdentityCredentials" --body '${body}'`;
}

/**
 * The branches an identity trusts by default: main (the image build), except for an identity of the prod side
 * (prod, production, release, and their -rollback environments), which a branch subject would let any job on
 * main use without the environment's protection rules.
 */
export function defaultBranches(environments: string[]): string[] {
  return environments.some(e => /^(prod(uction)?|release)(-[\w-]+)?$/i.test(e)) ? [] : ['main'];
}

export function credentialsFor(request: CredentialRequest): FederatedCredential[] {
  if (!/^[\w.-]+\/[\w.-]+$/.test(request.repository)) {
    throw new Error(`--repo must be <owner>/<repository>, not '${request.repository}'`);
  }
  const subjects = [
    ...request.environments.map(environment => `repo:${request.repository}:environment:${environment}`),
    ...request.branches.map(branch => `repo:${request.repository}:ref:refs/heads/${branch}`),
    ...(request.pullRequests ? [`repo:${request.repository}:pull_request`] : [])
  ];
  if (subjects.length === 0)
    throw new Error('name at least one of --environments, --branches or --pull-requests');
  if (subjects.length > 20)
    throw new Error(`Entra allows 20 federated credentials per app; this asks for ${subjects.length}`);
  return subjects.map(sub =>
    federatedCredentialFor({ iss: request.issuer, sub, aud: request.audience, iat: 0, exp: 0 })
  );
}

const list = (value: string) =>
  value
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = readCommandLine(
    defineCommand({
      name: 'federated-credentials',
      invocation: 'npm run federated-credentials --',
      summary:
        'Prints the federated credentials an identity needs on its Entra app registration (or ' +
        'user-assigned identity), as the commands that register them: one per GitHub environment its ' +
        'deploy jobs use, one per branch whose jobs log in without an environment, and pull requests when asked; ' +
        "for many repositories, flexible credentials (claims-matching expressions) under Entra's limit of 20.",
      flags: {
        repo: {
          type: 'string',
          value: 'owner/repository',
          required: true,
          description:
            'the repository, or several comma-separated, spelled exactly as GitHub does (subjects are case-sensitive)'
        },
        environments: { type: 'string', value: 'names', description: 'GitHub environments, comma-separated' },
        branches: {
          type: 'string',
          value: 'names',
          description: 'branches, comma-separated; main by default, none for a prod identity'
        },
        flexible: {
          type: 'boolean',
          description: 'flexible credentials (one per environment or branch for all the repositories)'
        },
        workflows: {
          type: 'string',
          value: 'pattern',
          default: 'musafirgo/actions/.github/workflows/*@refs/tags/v1',
          description: "flexible: the job_workflow_ref of the jobs that may log in ('' for any)"
        },
        'pull-requests': { type: 'boolean', description: 'a credential for pull_request jobs too' },
        'app-id': { type: 'string', value: 'id', default: '<app-id>', description: "the app's client id" },
        audience: {
          type: 'string',
          value: 'aud',
          default: 'api://AzureADTokenExchange',
          description: 'the audience'
        },
        issuer: {
          type: 'string',
          value: 'url',
          default: 'https://token.actions.githubusercontent.com',
          description: "GitHub's token issuer"
        },
        json: { type: 'boolean', description: 'the credentials as JSON instead of az commands' }
      },
      examples: [
        'npm run federated-credentials -- --repo musafirgo/itinerary --environments dev',
        'npm run federated-credentials -- --repo musafirgo/itinerary --environments prod',
        'npm run federated-credentials -- --repo musafirgo/a-service,musafirgo/b-service --environments dev --flexible'
      ]
    })
  );
  try {
    const environments = list(values.environments ?? '');
    const credentials = identityCredentials({
      repositories: list(values.repo),
      environments,
      branches: values.branches === undefined ? defaultBranches(environments) : list(values.branches),
      pullRequests: values['pull-requests'],
      audience: values.audience,
      issuer: values.issuer,
      flexible: values.flexible,
      workflows: values.workflows
    });
    if (values.json) {
      console.log(JSON.stringify(credentials, null, 2));
    } else {
      for (const credential of credentials)
        console.log(
          'subject' in credential
            ? registerCommand(values['app-id'], credential)
            : flexibleRegisterCommand(values['app-id'], credential)
        );
    }
  } catch (error) {
    console.error(`federated-credentials: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
