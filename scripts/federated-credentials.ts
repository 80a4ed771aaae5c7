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

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map(item => item.trim())
        .filter(Boolean)
    : [];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  try {
    const credentials = credentialsFor({
      repository: option(args, '--repo') ?? '',
      environments: list(option(args, '--environments')),
      branches: list(option(args, '--branches') ?? 'main'),
      pullRequests: args.includes('--pull-requests'),
      audience: option(args, '--audience') ?? 'api://AzureADTokenExchange',
      issuer: option(args, '--issuer') ?? 'https://token.actions.githubusercontent.com'
    });
    if (args.includes('--json')) {
      console.log(JSON.stringify(credentials, null, 2));
    } else {
      const appId = option(args, '--app-id') ?? '<app-id>';
      for (const credential of credentials) console.log(registerCommand(appId, credential));
    }
  } catch (error) {
    console.error(`federated-credentials: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
