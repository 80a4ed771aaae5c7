import type { Cloud } from '../shared/cloud.js';
import type { IdTokenClaims } from '../shared/github-oidc.js';

/** The codes Entra answers when no federated credential on the app matches the assertion. */
export const noMatchingCredentialCodes = new Set([
  'AADSTS70021',
  'AADSTS700211',
  'AADSTS700212',
  'AADSTS700213'
]);

export interface FederatedCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description: string;
}

/** A credential name Entra accepts (3-120 chars of letters, digits, '-' and '_'), derived from the subject. */
function credentialName(subject: string): string {
  const name = subject
    .replace(/^repo:/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return name.slice(0, 120).padEnd(3, '-');
}

/** The federated credential that would let exactly this job in. */
export function federatedCredentialFor(claims: IdTokenClaims): FederatedCredential {
  const audience = Array.isArray(claims.aud) ? (claims.aud[0] ?? '') : claims.aud;
  return {
    name: credentialName(claims.sub),
    issuer: claims.iss,
    subject: claims.sub,
    audiences: [audience],
    description: `GitHub Actions: ${claims.sub}`
  };
}

/** Lines that explain why a job's subject may not be the one that was registered. */
export function subjectHints(claims: IdTokenClaims, cloud: Cloud): string[] {
  const hints: string[] = [];
  if (claims.sub !== claims.sub.toLowerCase()) {
    hints.push(
      `The subject has upper-case letters. Entra compares subjects case-sensitively, so a credential registered as '${claims.sub.toLowerCase()}' does not match '${claims.sub}': register it with exactly this case.`
    );
  }
  if (claims.environment) {
    hints.push(
      `This job runs in the environment '${claims.environment}', so GitHub's subject names the environment, not the branch or tag.`
    );
  } else if (claims.event_name === 'pull_request' || claims.event_name === 'pull_request_target') {
    hints.push("Pull-request jobs get the subject 'repo:<owner>/<repo>:pull_request', whatever the branch.");
  }
  if (/^repo:[^/:]+@\d+\//.test(claims.sub)) {
    hints.push(
      'This repository uses immutable subjects (owner@id/repo@id): a credential registered with plain names no longer matches.'
    );
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(cloud.tokenExchangeAudience)) {
    hints.push(
      `The token's audience is '${aud.join(', ')}', not ${cloud.name}'s default '${cloud.tokenExchangeAudience}': the credential must list it.`
    );
  }
  if (claims.job_workflow_ref && claims.workflow_ref && claims.job_workflow_ref !== claims.workflow_ref) {
    hints.push(
      `This job runs the reusable workflow ${claims.job_workflow_ref}; the default subject describes the caller, not that workflow.`
    );
  }
  return hints;
}

/** The `az` command a person with rights on the app registration runs to add the credential. */
export function registerCommand(clientId: string, credential: FederatedCredential): string {
  return `az ad app federated-credential create --id ${clientId} --parameters '${JSON.stringify(credential)}'`;
}
