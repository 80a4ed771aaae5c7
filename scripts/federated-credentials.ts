// Prints the federated credentials a service repository needs on its Entra app registration (or managed
// identity), and the az commands that register them:
//
//   npm run federated-credentials -- --repo musafirgo/itinerary --environments dev,prod [--app-id <id>]
//       [--branches main] [--pull-requests] [--audience api://AzureADTokenExchange] [--json]
//
// One subject per GitHub environment the deploy jobs use (a job with `environment:` gets that subject, not
// the branch's), plus the branches whose jobs log in without an environment (CI pushing images) and, when
// asked, pull requests. Subjects are matched exactly and case-sensitively, so the repository is written as
// given; Entra allows at most 20 federated credentials per app.
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
        'Prints the federated credentials a service repository needs on its Entra app registration (or ' +
        'user-assigned identity), as the az commands that register them: one per GitHub environment its ' +
        'deploy jobs use, one per branch whose jobs log in without an environment, and pull requests when asked.',
      flags: {
        repo: {
          type: 'string',
          value: 'owner/repository',
          required: true,
          description: 'the repository, spelled exactly as GitHub does (subjects are case-sensitive)'
        },
        environments: { type: 'string', value: 'names', description: 'GitHub environments, comma-separated' },
        branches: {
          type: 'string',
          value: 'names',
          default: 'main',
          description: 'branches, comma-separated'
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
      examples: ['npm run federated-credentials -- --repo musafirgo/itinerary --environments dev,prod']
    })
  );
  try {
    const credentials = credentialsFor({
      repository: values.repo,
      environments: list(values.environments ?? ''),
      branches: list(values.branches),
      pullRequests: values['pull-requests'],
      audience: values.audience,
      issuer: values.issuer
    });
    if (values.json) {
      console.log(JSON.stringify(credentials, null, 2));
    } else {
      for (const credential of credentials) console.log(registerCommand(values['app-id'], credential));
    }
  } catch (error) {
    console.error(`federated-credentials: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
