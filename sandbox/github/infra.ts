// The platform's infrastructure repository as the sandbox seeds it: what an Argo CD platform team keeps in git.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The infrastructure repository of the platform: chart, values per environment, Argo CD applications. */
export const INFRA_REPOSITORY = 'musafirgo/musafirgo-infra';
/** The first image of each environment in the seeded infrastructure repository. */
export const SEEDED_DIGEST = `sha256:${'0'.repeat(63)}1`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Seeds musafirgo/musafirgo-infra the way an Argo CD platform team lays it out: one chart per service, one values
 * file per environment and service (what CI bumps), one Application per service and environment.
 */
export function seedInfraRepository(dir: string): void {
  const chart = join(dir, 'charts', 'itinerary');
  cpSync(join(root, 'examples', 'itinerary', 'chart'), chart, { recursive: true });
  // Values per environment live under environments/, not in the chart: one source of truth per environment.
  for (const file of readdirSync(chart)) if (/^values-.+\.yaml$/.test(file)) rmSync(join(chart, file));
  const environments = [
    { name: 'dev', replicas: 1, logLevel: 'debug' },
    { name: 'staging', replicas: 2, logLevel: 'info' }
  ];
  for (const env of environments) {
    mkdirSync(join(dir, 'environments', env.name), { recursive: true });
    writeFileSync(
      join(dir, 'environments', env.name, 'itinerary.yaml'),
      [
        `# itinerary in ${env.name} (Argo CD application itinerary-${env.name}), over charts/itinerary/values.yaml.`,
        '# CI (deploy-aks, mode gitops) commits image.repository and image.digest; the rest is reviewed by hand.',
        `replicaCount: ${env.replicas}`,
        `logLevel: ${env.logLevel}`,
        '',
        'image:',
        '  repository: musafirgodev.azurecr.io/itinerary # the registry the cluster pulls from',
        `  digest: ${SEEDED_DIGEST}`,
        ''
      ].join('\n')
    );
    mkdirSync(join(dir, 'argocd'), { recursive: true });
    writeFileSync(
      join(dir, 'argocd', `itinerary-${env.name}.yaml`),
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        `  name: itinerary-${env.name}`,
        '  namespace: argocd',
        'spec:',
        '  project: default',
        '  source:',
        `    repoURL: https://github.com/${INFRA_REPOSITORY}.git`,
        '    targetRevision: main',
        '    path: charts/itinerary',
        '    helm:',
        '      releaseName: itinerary',
        '      valueFiles:',
        `        - ../../environments/${env.name}/itinerary.yaml`,
        '  destination:',
        '    server: https://kubernetes.default.svc',
        `    namespace: itinerary-${env.name}`,
        '  syncPolicy:',
        '    syncOptions:',
        '      - CreateNamespace=true',
        ''
      ].join('\n')
    );
  }
  writeFileSync(
    join(dir, 'README.md'),
    [
      '# musafirgo-infra',
      '',
      '- `charts/<service>/`: the Helm chart of each service (`values.yaml`: what every environment shares).',
      '- `environments/<environment>/<service>.yaml`: the values of a service in one environment. CI commits',
      '  `image.repository` and `image.digest` here (deploy-aks, mode gitops); everything else is changed by review.',
      '- `argocd/<service>-<environment>.yaml`: the Argo CD Application: the chart, its values file, the namespace.',
      ''
    ].join('\n')
  );
}
