// AKS's ARM side: Microsoft.ContainerService/managedClusters (GET) and listClusterUserCredential, whose
// kubeconfig points at the emulated API server.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { resourceNotFound, type Sandbox } from '../index.js';
import { AKS_SERVER_APP } from './model.js';

export function managedClusterRoutes(sandbox: Sandbox, apiUrl: string): void {
  const base =
    '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters/:name';
  const find = (params: Record<string, string>) => {
    const found = (sandbox.world.kubernetesClusters ?? []).find(
      c =>
        c.subscriptionId.toLowerCase() === params.sub!.toLowerCase() &&
        c.resourceGroup.toLowerCase() === params.rg!.toLowerCase() &&
        c.name.toLowerCase() === params.name!.toLowerCase()
    );
    if (!found)
      throw resourceNotFound('Microsoft.ContainerService/managedClusters', params.name!, params.rg!);
    return found;
  };
  sandbox.arm.route('GET', base, {
    action: 'Microsoft.ContainerService/managedClusters/read',
    handler: ({ params }) => {
      const c = find(params);
      const location = c.location ?? 'westeurope';
      const id = `/subscriptions/${c.subscriptionId}/resourcegroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;
      const hash = createHash('sha256').update(id).digest('hex');
      const tenantId = sandbox.world.subscriptions.find(s => s.id === c.subscriptionId)?.tenantId;
      // As AKS answers a cluster with a managed identity: servicePrincipalProfile says msi (az aks show reads it),
      // and the API server's name is the cluster's DNS prefix under hcp.<region>.azmk8s.io.
      return {
        status: 200,
        body: {
          id,
          name: c.name,
          type: 'Microsoft.ContainerService/ManagedClusters',
          location,
          sku: { name: 'Base', tier: 'Free' },
          identity: {
            type: 'SystemAssigned',
            principalId: hash.slice(0, 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
            tenantId
          },
          properties: {
            provisioningState: 'Succeeded',
            powerState: { code: 'Running' },
            kubernetesVersion: c.kubernetesVersion ?? '1.32.7',
            currentKubernetesVersion: c.kubernetesVersion ?? '1.32.7',
            dnsPrefix: `${c.name}-dns`,
            fqdn: `${c.name}-dns-${hash.slice(0, 8)}.hcp.${location}.azmk8s.io`,
            servicePrincipalProfile: { clientId: 'msi' },
            nodeResourceGroup: `MC_${c.resourceGroup}_${c.name}_${location}`,
            aadProfile: {
              managed: true,
              enableAzureRBAC: true,
              tenantID: tenantId
            },
            disableLocalAccounts: true,
            enableRBAC: true
          }
        }
      };
    }
  });
  sandbox.arm.route('POST', `${base}/listClusterUserCredential`, {
    action: 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action',
    handler: ({ params }) => {
      const c = find(params);
      const user = `clusterUser_${c.resourceGroup}_${c.name}`;
      // format=exec, as AKS answers for Entra clusters: the user holds no credential, kubelogin would fetch one.
      const kubeconfig = stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          {
            name: c.name,
            cluster: {
              server: apiUrl,
              'certificate-authority-data': Buffer.from(sandbox.tls.ca).toString('base64')
            }
          }
        ],
        contexts: [{ name: c.name, context: { cluster: c.name, user } }],
        'current-context': c.name,
        users: [
          {
            name: user,
            user: {
              exec: {
                apiVersion: 'client.authentication.k8s.io/v1beta1',
                command: 'kubelogin',
                args: [
                  'get-token',
                  '--login',
                  'devicecode',
                  '--server-id',
                  AKS_SERVER_APP,
                  '--environment',
                  'AzurePublicCloud'
                ],
                provideClusterInfo: false,
                interactiveMode: 'IfAvailable'
              }
            }
          }
        ]
      });
      return {
        status: 200,
        body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(kubeconfig).toString('base64') }] }
      };
    }
  });
}
