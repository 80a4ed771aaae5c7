// The first deploy of an app that does not exist yet: read its managed environment, create the app with one
// revision of the image (ingress and target port, registry identity, replicas, env vars and Key Vault secret
// references, revision mode), then hold that revision to the same health and smoke gate as every other. The next
// run finds the app and deploys as usual.
import type { ContainerApp, ManagedEnvironment, ManagedServiceIdentity } from '@azure/arm-appcontainers';
import { armCall } from '../shared/arm.js';
import { ConfigurationError, RemoteError, errorMessage } from '../shared/errors.js';
import { OperationTimeout, completeOperation } from '../shared/lro.js';
import type { Phases } from '../shared/log.js';
import {
  accepted,
  call,
  checkSecretRefs,
  explain,
  gate,
  operationOptions,
  readApp,
  withState,
  type RolloutDeps,
  type RolloutResult
} from './app.js';
import type { DeployInputs } from './inputs.js';

const environmentIdPattern =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.App\/managedEnvironments\/([^/]+)$/i;

async function readEnvironment(deps: RolloutDeps, inputs: DeployInputs): Promise<ManagedEnvironment> {
  const given = inputs.create!.environment!;
  const id = environmentIdPattern.exec(given);
  if (id && id[1]!.toLowerCase() !== inputs.subscriptionId.toLowerCase()) {
    throw new ConfigurationError(
      `input 'container-app-environment': ${given} is in subscription ${id[1]}, and Container App '${inputs.app}' would be in ${inputs.subscriptionId}; an app runs in an environment of its own subscription`
    );
  }
  const [resourceGroup, name] = id ? [id[2]!, id[3]!] : [inputs.resourceGroup, given];
  try {
    return await armCall(
      `read managed environment ${name}`,
      () => deps.client.managedEnvironments.get(resourceGroup, name),
      call(deps)
    );
  } catch (error) {
    if (error instanceof RemoteError && error.code === 'AuthorizationFailed') {
      throw new ConfigurationError(
        `${deps.identity} may not read managed environment '${name}' (AuthorizationFailed) to create Container App '${inputs.app}' in it; give it Contributor on resource group '${inputs.resourceGroup}' and, for an environment in another group, Container Apps Contributor on the environment (read and Microsoft.App/managedEnvironments/join/action)`
      );
    }
    if (error instanceof RemoteError && error.status === 404) {
      throw new ConfigurationError(
        `input 'container-app-environment': managed environment '${name}' was not found in resource group '${resourceGroup}' (${error.code}); create it (az containerapp env create --name ${name} --resource-group ${resourceGroup}) or fix the name`
      );
    }
    throw error;
  }
}

/** The app's identity: system-assigned when something pulls or reads Key Vault with it, plus each user-assigned one. */
function identityFor(inputs: DeployInputs): ManagedServiceIdentity {
  const ids = [inputs.registryIdentity, ...inputs.secrets.map(s => s.identity)];
  const system = ids.some(i => i.toLowerCase() === 'system');
  const userAssigned = [...new Set(ids.filter(i => i.toLowerCase() !== 'system'))];
  const type =
    system && userAssigned.length
      ? 'SystemAssigned,UserAssigned'
      : system
        ? 'SystemAssigned'
        : 'UserAssigned';
  return {
    type,
    ...(userAssigned.length
      ? { userAssignedIdentities: Object.fromEntries(userAssigned.map(i => [i, {}])) }
      : {})
  };
}

/** Creates the app with its first revision and gates that revision; the result says `created`. */
export async function createApp(
  inputs: DeployInputs,
  deps: RolloutDeps,
  phases: Phases
): Promise<RolloutResult> {
  const log = deps.log ?? (() => undefined);
  const create = inputs.create ?? {};
  const ingress = create.ingress ?? 'external';
  if (ingress !== 'disabled' && create.targetPort === undefined) {
    throw new ConfigurationError(
      `input 'target-port' is required to create Container App '${inputs.app}' with ${ingress} ingress: the port its container listens on (e.g. 8080); or set ingress: disabled`
    );
  }
  checkSecretRefs(inputs, []);
  const environment = await phases.time('Read environment', () => readEnvironment(deps, inputs));
  const multiple = (create.revisionMode ?? 'multiple') === 'multiple';
  const revision = `${inputs.app}--${inputs.revisionSuffix}`;
  const server = inputs.image.slice(0, inputs.image.indexOf('/')).toLowerCase();
  const scale =
    inputs.minReplicas !== undefined || inputs.maxReplicas !== undefined
      ? { minReplicas: inputs.minReplicas, maxReplicas: inputs.maxReplicas }
      : undefined;
  const body: ContainerApp = {
    location: environment.location,
    identity: identityFor(inputs),
    environmentId: environment.id,
    configuration: {
      activeRevisionsMode: multiple ? 'Multiple' : 'Single',
      ...(ingress === 'disabled'
        ? {}
        : {
            ingress: {
              external: ingress === 'external',
              targetPort: create.targetPort,
              transport: 'auto',
              traffic: multiple
                ? [{ revisionName: revision, weight: 100 }]
                : [{ latestRevision: true, weight: 100 }]
            }
          }),
      registries: [{ server, identity: inputs.registryIdentity }],
      ...(inputs.secrets.length ? { secrets: inputs.secrets.map(s => ({ ...s })) } : {})
    },
    template: {
      revisionSuffix: inputs.revisionSuffix,
      containers: [
        {
          name: inputs.container ?? inputs.app,
          image: inputs.image,
          ...(inputs.envVars.length ? { env: inputs.envVars.map(v => ({ ...v })) } : {}),
          ...(inputs.resources ? { resources: inputs.resources } : {})
        }
      ],
      ...(scale ? { scale } : {})
    }
  };
  log(
    `Container App '${inputs.app}' does not exist: creating it in environment ${environment.name} (${multiple ? 'Multiple' : 'Single'} revision mode, ${ingress} ingress${ingress === 'disabled' ? '' : ` on port ${create.targetPort}`}) with revision ${revision} of ${inputs.image}`
  );
  await phases.time('Create app', async () => {
    try {
      await completeOperation(
        `create Container App ${inputs.app}`,
        ({ onResponse }) =>
          deps.client.containerApps.beginCreateOrUpdate(inputs.resourceGroup, inputs.app, body, {
            onResponse
          }),
        operationOptions(deps, inputs.timeoutMs)
      );
    } catch (error) {
      if (error instanceof RemoteError && error.code === 'ResourceGroupNotFound') {
        throw new ConfigurationError(
          `resource group '${inputs.resourceGroup}' does not exist in subscription ${inputs.subscriptionId}; create it (az group create --name ${inputs.resourceGroup} --location ${environment.location}) or fix input 'resource-group'`
        );
      }
      if (error instanceof OperationTimeout || accepted(error)) {
        throw withState(
          error,
          `Container App '${inputs.app}' may have been created and still be provisioning`,
          [
            `see where it stands: az containerapp show --name ${inputs.app} --resource-group ${inputs.resourceGroup}`
          ]
        );
      }
      throw explain(error, deps, inputs, 'write');
    }
  });
  const created = (await readApp(deps, inputs))!.app;
  const fqdn = created.configuration?.ingress?.fqdn;
  const domain = environment.defaultDomain ?? '';
  const revisionUrl = `https://${revision}.${domain}`;
  const traffic = [{ revisionName: revision, weight: 100 }];
  const result: RolloutResult = {
    outcome: 'created',
    revision,
    previousRevision: '',
    image: inputs.image,
    url: fqdn ? `https://${fqdn}` : '',
    labelUrl: revisionUrl,
    trafficBefore: [],
    trafficAfter: traffic
  };
  try {
    const passed = await phases.time('Health gate', () =>
      gate(deps, inputs, revision, revisionUrl, 'first revision')
    );
    return { ...result, gates: [passed] };
  } catch (error) {
    const reason = errorMessage(error);
    log(`Gate failed: ${reason}`);
    return {
      ...result,
      failure: `Container App '${inputs.app}' was created, but its first revision did not pass the gate: ${reason}; it is the app's only revision, so nothing healthy serves yet (nothing did before either)`
    };
  }
}
