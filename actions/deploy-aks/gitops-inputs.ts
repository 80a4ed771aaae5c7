import { ConfigurationError } from '../shared/errors.js';
import { getOptionalInput, getRequiredInput, parseDuration } from '../shared/inputs.js';
import * as core from '@actions/core';
import { parseImages, repositoryOf } from './inputs.js';

/** What gitops mode reads: where the values file lives, which image to commit, which Argo CD application syncs it. */
export interface GitopsInputs {
  /** owner/name */
  repository: string;
  branch: string;
  valuesFile: string;
  /** The path of the image mapping in the values file, e.g. ['image'] or ['itinerary', 'image']. */
  imageKey: string[];
  image: { reference: string; repository: string; digest: string };
  githubToken: string;
  githubApiUrl: string;
  argocdServer: string;
  argocdToken: string;
  application: string;
  timeoutMs: number;
}

/** Inputs of the other modes: naming one in gitops mode is a mistake worth stopping for. */
const otherModes = ['manifests', 'cluster', 'resource-group', 'subscription-id'];
const repositoryPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const applicationPattern = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Reads and checks every gitops input before any request; the tokens are masked first. */
export function getGitopsInputs(env: NodeJS.ProcessEnv = process.env): GitopsInputs {
  const githubToken = getOptionalInput('github-token');
  const argocdToken = getOptionalInput('argocd-token');
  if (githubToken) core.setSecret(githubToken);
  if (argocdToken) core.setSecret(argocdToken);

  for (const name of otherModes) {
    if (getOptionalInput(name) !== undefined) {
      throw new ConfigurationError(
        `input '${name}' does not apply to mode gitops: Argo CD applies the chart of the infrastructure repository to its own cluster; remove it, or use mode manifests`
      );
    }
  }
  const repository = getRequiredInput('infra-repository', 'the infrastructure repository as owner/name');
  if (!repositoryPattern.test(repository))
    throw new ConfigurationError(`input 'infra-repository' must be owner/name, not '${repository}'`);
  const branch = getOptionalInput('infra-branch') ?? 'main';
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branch) || branch.includes('..'))
    throw new ConfigurationError(`input 'infra-branch' must be a branch name, not '${branch}'`);
  const valuesFile = getRequiredInput(
    'values-file',
    'the path of the values file in the infrastructure repository, e.g. environments/dev/itinerary.yaml'
  ).replace(/^\.\//, '');
  if (!/\.ya?ml$/.test(valuesFile) || valuesFile.startsWith('/') || valuesFile.split('/').includes('..'))
    throw new ConfigurationError(
      `input 'values-file' must be a YAML file's path inside the repository (no leading /, no ..), not '${valuesFile}'`
    );
  const imageKey = (getOptionalInput('image-key') ?? 'image').split('.');
  if (!imageKey.every(part => /^[A-Za-z0-9_-]+$/.test(part)))
    throw new ConfigurationError(
      `input 'image-key' must be a dotted path of values keys such as image or itinerary.image`
    );
  const images = parseImages(
    getRequiredInput('images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>')
  );
  if (images.length !== 1 || images[0]!.container) {
    throw new ConfigurationError(
      `input 'images' must hold exactly one bare <registry>/<repository>@sha256:<digest> in mode gitops (the image of image-key), not ${images.length} line(s)${images[0]?.container ? ' naming a container' : ''}`
    );
  }
  const reference = images[0]!.image;
  if (!githubToken) {
    throw new ConfigurationError(
      `input 'github-token' is required in mode gitops: a token that may write the contents of ${repository} (a GitHub App installation token or a fine-grained token with contents: write; the job's GITHUB_TOKEN cannot write another repository)`
    );
  }
  const argocdServer = getRequiredInput(
    'argocd-server',
    'the URL of the Argo CD API server, https://...'
  ).replace(/\/+$/, '');
  let server: URL;
  try {
    server = new URL(argocdServer.includes('://') ? argocdServer : `https://${argocdServer}`);
  } catch {
    throw new ConfigurationError(
      `input 'argocd-server' must be the Argo CD server's URL, not '${argocdServer}'`
    );
  }
  if (server.protocol !== 'https:')
    throw new ConfigurationError(`input 'argocd-server' must use https (the token is a bearer credential)`);
  if (!argocdToken) {
    throw new ConfigurationError(
      `input 'argocd-token' is required in mode gitops: an API token of an Argo CD account allowed to get and sync the application (argocd account generate-token)`
    );
  }
  const application = getRequiredInput('argocd-application', 'the name of the Argo CD application to sync');
  if (!applicationPattern.test(application))
    throw new ConfigurationError(
      `input 'argocd-application' must be an application name, not '${application}'`
    );
  return {
    repository,
    branch,
    valuesFile,
    imageKey,
    image: {
      reference,
      repository: repositoryOf(reference),
      digest: reference.slice(reference.indexOf('@') + 1)
    },
    githubToken,
    githubApiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    argocdServer: server.origin + server.pathname.replace(/\/+$/, ''),
    argocdToken,
    application,
    timeoutMs: parseDuration('timeout', getOptionalInput('timeout') ?? '10m')
  };
}
