// Microsoft's examples (examples/*.json beside each spec) for the operations the actions call, as the conformance
// test replays them: each request as the example sends it, its resources mapped into the sandbox's world (every
// change said in `adapted`), and the example's answer kept as a shape (its keys and the JSON type of each value),
// never its values. Free-text values (descriptions, host names) are ours.
import type { ExampleReplay } from './support.js';
import { devSubscription } from '../support/world.js';

const app = `/subscriptions/${devSubscription.id}/resourceGroups/rg-musafirgo-dev/providers/Microsoft.App`;
const specs = 'specification/app/resource-manager/Microsoft.App/stable/2025-07-01/examples';
const acr =
  'specification/containerregistry/resource-manager/Microsoft.ContainerRegistry/Registry/stable/2025-11-01/examples';
const uai = `/subscriptions/${devSubscription.id}/resourcegroups/rg-musafirgo-dev/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myidentity`;
const resourcesOfApp = {
  resources: { cpu: 'number', memory: 'string' }
};
/** The answer of ContainerApps_Get and of the create example's 200: the app with everything the create gave it. */
const appShape = {
  id: 'string',
  name: 'string',
  type: 'string',
  location: 'string',
  identity: { type: 'string', principalId: 'string', tenantId: 'string', userAssignedIdentities: 'map' },
  properties: {
    provisioningState: 'string',
    runningStatus: 'string',
    managedEnvironmentId: 'string',
    workloadProfileName: 'string',
    latestRevisionFqdn: 'string',
    latestReadyRevisionName: 'string',
    configuration: {
      ingress: {
        fqdn: 'string',
        external: 'boolean',
        targetPort: 'number',
        transport: 'string',
        customDomains: [{ name: 'string', bindingType: 'string', certificateId: 'string' }],
        traffic: [{ weight: 'number', revisionName: 'string', label: 'string' }],
        ipSecurityRestrictions: [
          { name: 'string', description: 'string', ipAddressRange: 'string', action: 'string' }
        ],
        stickySessions: { affinity: 'string' }
      },
      dapr: {
        enabled: 'boolean',
        appPort: 'number',
        appProtocol: 'string',
        httpReadBufferSize: 'number',
        httpMaxRequestSize: 'number',
        logLevel: 'string',
        enableApiLogging: 'boolean'
      },
      runtime: { java: { enableMetrics: 'boolean' } },
      maxInactiveRevisions: 'number',
      service: { type: 'string' },
      identitySettings: [{ identity: 'string', lifecycle: 'string' }]
    },
    template: {
      containers: [
        {
          image: 'string',
          name: 'string',
          ...resourcesOfApp,
          volumeMounts: [{ volumeName: 'string', mountPath: 'string', subPath: 'string' }]
        }
      ],
      initContainers: [{ image: 'string', name: 'string', ...resourcesOfApp }],
      scale: {
        minReplicas: 'number',
        maxReplicas: 'number',
        cooldownPeriod: 'number',
        pollingInterval: 'number',
        rules: [
          {
            name: 'string',
            http: { metadata: 'map' },
            custom: { type: 'string', metadata: 'map', identity: 'string' }
          }
        ]
      },
      serviceBinds: [{ serviceId: 'string', name: 'string' }],
      volumes: [{ name: 'string', storageType: 'string', storageName: 'string' }]
    },
    eventStreamEndpoint: 'string'
  }
};

const ingressOfExamples = {
  external: true,
  targetPort: 3000,
  customDomains: [
    {
      name: 'www.itinerary.example',
      bindingType: 'SniEnabled',
      certificateId: `${app}/managedEnvironments/demokube/certificates/itinerary-example`
    }
  ],
  ipSecurityRestrictions: [
    { name: 'office', description: 'the office network', ipAddressRange: '192.168.1.1/32', action: 'Allow' }
  ],
  stickySessions: { affinity: 'sticky' }
};

export const containerAppsReplays: ExampleReplay[] = [
  {
    example: `${specs}/ContainerApps_CreateOrUpdate.json@b1628ea2d8db14d2a469f4dcaad1cfab0e9157c8`,
    operation: 'ContainerApps_CreateOrUpdate',
    request: {
      method: 'PUT',
      path: `${app}/containerApps/testcontainerapp0`,
      body: {
        location: 'East US',
        identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: { [uai]: {} } },
        properties: {
          environmentId: `${app}/managedEnvironments/demokube`,
          workloadProfileName: 'My-GP-01',
          configuration: {
            ingress: {
              ...ingressOfExamples,
              traffic: [{ weight: 100, revisionName: 'testcontainerapp0--ab1234', label: 'production' }],
              clientCertificateMode: 'accept',
              corsPolicy: {
                allowedOrigins: ['https://a.itinerary.example'],
                allowedMethods: ['GET', 'POST'],
                allowedHeaders: ['X-Trip'],
                exposeHeaders: ['X-Request-Id'],
                maxAge: 1234,
                allowCredentials: true
              },
              additionalPortMappings: [
                { external: true, targetPort: 1234 },
                { external: false, targetPort: 2345, exposedPort: 3456 }
              ]
            },
            dapr: {
              enabled: true,
              appPort: 3000,
              appProtocol: 'http',
              httpReadBufferSize: 30,
              httpMaxRequestSize: 10,
              logLevel: 'debug',
              enableApiLogging: true,
              appHealth: {
                enabled: true,
                path: '/health',
                probeIntervalSeconds: 3,
                probeTimeoutMilliseconds: 1000,
                threshold: 3
              },
              maxConcurrency: 10
            },
            maxInactiveRevisions: 10,
            service: { type: 'redis' },
            runtime: { java: { enableMetrics: true } },
            identitySettings: [
              { identity: uai, lifecycle: 'All' },
              { identity: 'system', lifecycle: 'Init' }
            ]
          },
          template: {
            revisionSuffix: 'ab1234',
            containers: [
              {
                image: 'repo/testcontainerapp0:v1',
                name: 'testcontainerapp0',
                probes: [
                  {
                    type: 'Liveness',
                    httpGet: {
                      path: '/health',
                      port: 8080,
                      httpHeaders: [{ name: 'X-Probe', value: 'yes' }]
                    },
                    initialDelaySeconds: 3,
                    periodSeconds: 3
                  }
                ],
                volumeMounts: [
                  { volumeName: 'azurefile', mountPath: '/mnt/path1', subPath: 'subPath1' },
                  { volumeName: 'nfsazurefile', mountPath: '/mnt/path2', subPath: 'subPath2' }
                ]
              }
            ],
            initContainers: [
              {
                image: 'repo/testcontainerapp0:v4',
                name: 'testinitcontainerApp0',
                resources: { cpu: 0.5, memory: '1Gi' },
                command: ['/bin/sh'],
                args: ['-c', 'echo ready']
              }
            ],
            scale: {
              minReplicas: 1,
              maxReplicas: 5,
              cooldownPeriod: 350,
              pollingInterval: 35,
              rules: [
                { name: 'httpscalingrule', custom: { type: 'http', metadata: { concurrentRequests: '50' } } },
                {
                  name: 'servicebus',
                  custom: {
                    type: 'azure-servicebus',
                    metadata: { queueName: 'trips', namespace: 'musafirgo', messageCount: '5' },
                    identity: uai
                  }
                },
                {
                  name: 'azure-queue',
                  azureQueue: {
                    accountName: 'account1',
                    queueName: 'queue1',
                    queueLength: 1,
                    identity: 'system'
                  }
                }
              ]
            },
            serviceBinds: [{ serviceId: `${app}/containerApps/redisService`, name: 'redisService' }],
            volumes: [
              { name: 'azurefile', storageType: 'AzureFile', storageName: 'storage' },
              { name: 'nfsazurefile', storageType: 'NfsAzureFile', storageName: 'nfsStorage' }
            ]
          }
        }
      }
    },
    adapted: [
      'subscription, resource group and environment ids are the sandbox world’s (the names are the example’s)',
      "the traffic names revision testcontainerapp0--ab1234 and the template makes it (revisionSuffix ab1234): the example's traffic names a revision with one dash that its own request never makes, and Container Apps names revisions <app>--<suffix>"
    ],
    statuses: [200, 201],
    shape: appShape,
    readBack: `${app}/containerApps/testcontainerapp0`,
    storedOtherwise: {
      'properties.template.scale.rules[0].custom':
        "a custom rule of type http is stored as an http rule, as the example's own answer shows",
      'properties.template.containers[0].resources':
        'filled in with 0.5 cores and 1 GiB when not given, as the example’s answer shows'
    }
  },
  {
    example: `${specs}/ContainerApps_Get.json@aeab9c76b26fcb77023c7f533d74a95cd96167e7`,
    operation: 'ContainerApps_Get',
    request: { method: 'GET', path: `${app}/containerApps/testcontainerapp0` },
    adapted: ['the app is the one the create example made'],
    statuses: [200, 404],
    shape: appShape
  },
  {
    example: `${specs}/ContainerApps_Get.json@aeab9c76b26fcb77023c7f533d74a95cd96167e7 (404)`,
    operation: 'ContainerApps_Get',
    request: { method: 'GET', path: `${app}/containerApps/testcontainerapp9` },
    adapted: ['an app that does not exist, for the example’s 404'],
    statuses: [404]
  },
  {
    example: `${specs}/ContainerApps_Patch.json@aeab9c76b26fcb77023c7f533d74a95cd96167e7`,
    operation: 'ContainerApps_Update',
    request: {
      method: 'PATCH',
      path: `${app}/containerApps/testcontainerapp0`,
      body: {
        location: 'East US',
        tags: { tag1: 'value1', tag2: 'value2' },
        properties: {
          configuration: {
            ingress: {
              ...ingressOfExamples,
              traffic: [{ weight: 100, revisionName: 'testcontainerapp0--ab1234', label: 'production' }]
            },
            dapr: {
              enabled: true,
              appPort: 3000,
              appProtocol: 'http',
              httpReadBufferSize: 30,
              httpMaxRequestSize: 10,
              logLevel: 'debug',
              enableApiLogging: true
            },
            runtime: { java: { enableMetrics: true } },
            maxInactiveRevisions: 10,
            service: { type: 'redis' }
          },
          template: {
            revisionSuffix: 'ab5678',
            containers: [
              {
                image: 'repo/testcontainerapp0:v1',
                name: 'testcontainerapp0',
                probes: [
                  {
                    type: 'Liveness',
                    httpGet: {
                      path: '/health',
                      port: 8080,
                      httpHeaders: [{ name: 'X-Probe', value: 'yes' }]
                    },
                    initialDelaySeconds: 3,
                    periodSeconds: 3
                  }
                ]
              }
            ],
            initContainers: [
              {
                image: 'repo/testcontainerapp0:v4',
                name: 'testinitcontainerApp0',
                resources: { cpu: 0.5, memory: '1Gi' }
              }
            ],
            scale: {
              minReplicas: 1,
              maxReplicas: 5,
              cooldownPeriod: 350,
              pollingInterval: 35,
              rules: [
                { name: 'httpscalingrule', custom: { type: 'http', metadata: { concurrentRequests: '50' } } }
              ]
            },
            serviceBinds: [{ serviceId: `${app}/containerApps/service`, name: 'service' }]
          }
        }
      }
    },
    adapted: [
      'the traffic names the revision the create replay made (testcontainerapp0--ab1234, see there)',
      'revisionSuffix ab5678: the template changes, and a merge patch would keep the suffix the create gave, which Container Apps refuses for another template'
    ],
    statuses: [200, 202],
    // The example's 202 shows azure-asyncoperation; the spec declares Location only, and the spec is what is checked.
    headers: { '202': ['Location'] },
    shape: {
      id: 'string',
      name: 'string',
      type: 'string',
      location: 'string',
      properties: {
        provisioningState: 'string',
        runningStatus: 'string',
        managedEnvironmentId: 'string',
        workloadProfileName: 'string',
        latestRevisionFqdn: 'string',
        latestReadyRevisionName: 'string',
        configuration: {
          ingress: {
            fqdn: 'string',
            external: 'boolean',
            targetPort: 'number',
            transport: 'string',
            customDomains: [{ name: 'string', bindingType: 'string', certificateId: 'string' }],
            traffic: [{ weight: 'number', revisionName: 'string', label: 'string' }],
            ipSecurityRestrictions: [
              { name: 'string', description: 'string', ipAddressRange: 'string', action: 'string' }
            ]
          },
          dapr: {
            enabled: 'boolean',
            appPort: 'number',
            appProtocol: 'string',
            httpReadBufferSize: 'number',
            httpMaxRequestSize: 'number',
            logLevel: 'string',
            enableApiLogging: 'boolean'
          },
          runtime: { java: { enableMetrics: 'boolean' } },
          maxInactiveRevisions: 'number'
        },
        template: {
          containers: [{ image: 'string', name: 'string', ...resourcesOfApp }],
          initContainers: [{ image: 'string', name: 'string', ...resourcesOfApp }],
          scale: {
            minReplicas: 'number',
            maxReplicas: 'number',
            rules: [{ name: 'string', http: { metadata: 'map' } }]
          }
        },
        eventStreamEndpoint: 'string'
      }
    },
    readBack: `${app}/containerApps/testcontainerapp0`,
    storedOtherwise: {
      'properties.template.scale.rules[0].custom':
        "a custom rule of type http is stored as an http rule, as the example's own answer shows",
      'properties.template.containers[0].resources': 'filled in with 0.5 cores and 1 GiB when not given'
    }
  },
  {
    example: `${specs}/Replicas_List.json@021ee73e2dee29e2f56038fcdeff72c0cc412eb3`,
    operation: 'ContainerAppsRevisionReplicas_ListReplicas',
    request: { method: 'GET', path: `${app}/containerApps/myapp/revisions/myapp--0wlqy09/replicas` },
    adapted: [
      'myapp is an app of the sandbox world, its revision myapp--0wlqy09 running the example service'
    ],
    statuses: [200],
    shape: {
      value: [
        {
          id: 'string',
          name: 'string',
          type: 'string',
          properties: {
            createdTime: 'string',
            runningState: 'string',
            runningStateDetails: 'string',
            containers: [
              {
                name: 'string',
                containerId: 'string',
                ready: 'boolean',
                started: 'boolean',
                restartCount: 'number',
                runningState: 'string',
                runningStateDetails: 'string',
                logStreamEndpoint: 'string',
                execEndpoint: 'string'
              }
            ],
            initContainers: []
          }
        }
      ]
    }
  },
  {
    example: `${specs}/ManagedEnvironments_Get.json@fdd7859550be252d46c259ede04ca21b4f8c9713`,
    operation: 'ManagedEnvironments_Get',
    request: { method: 'GET', path: `${app}/managedEnvironments/jlaw-demo1` },
    adapted: ['jlaw-demo1 is an environment of the sandbox world'],
    statuses: [200],
    shape: {
      id: 'string',
      name: 'string',
      type: 'string',
      location: 'string',
      tags: 'map',
      properties: {
        provisioningState: 'string',
        deploymentErrors: 'null',
        defaultDomain: 'string',
        staticIp: 'string',
        zoneRedundant: 'boolean',
        vnetConfiguration: { infrastructureSubnetId: 'string' },
        customDomainConfiguration: {
          customDomainVerificationId: 'string',
          dnsSuffix: 'string',
          subjectName: 'string',
          expirationDate: 'string',
          thumbprint: 'string'
        },
        eventStreamEndpoint: 'string',
        workloadProfiles: [
          { name: 'string', workloadProfileType: 'string', minimumCount: 'number', maximumCount: 'number' }
        ],
        kedaConfiguration: { version: 'string' },
        daprConfiguration: { version: 'string' },
        infrastructureResourceGroup: 'string',
        peerAuthentication: { mtls: { enabled: 'boolean' } },
        peerTrafficConfiguration: { encryption: { enabled: 'boolean' } }
      }
    },
    unmodelled: {
      'properties.vnetConfiguration':
        "the example's environment is in a virtual network; the sandbox's are not",
      'properties.customDomainConfiguration.dnsSuffix': "the example's environment has a custom domain",
      'properties.customDomainConfiguration.subjectName': "the example's environment has a custom domain",
      'properties.customDomainConfiguration.expirationDate': "the example's environment has a custom domain",
      'properties.customDomainConfiguration.thumbprint': "the example's environment has a custom domain",
      'properties.workloadProfiles[].minimumCount':
        'dedicated workload profiles only; the sandbox has Consumption',
      'properties.workloadProfiles[].maximumCount':
        'dedicated workload profiles only; the sandbox has Consumption'
    }
  }
];

export const registryReplays: ExampleReplay[] = [
  {
    example: `${acr}/ImportImageByTag.json@47b5907192b012e190cf7810fa164afb54d3b4b4`,
    operation: 'Registries_ImportImage',
    request: {
      method: 'POST',
      path: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myRegistry/importImage',
      body: {
        source: {
          resourceId:
            '/subscriptions/10000000-0000-0000-0000-000000000000/resourceGroups/sourceResourceGroup/providers/Microsoft.ContainerRegistry/registries/sourceRegistry',
          sourceImage: 'sourceRepository:sourceTag'
        },
        targetTags: ['targetRepository:targetTag'],
        untaggedTargetRepositories: ['targetRepository1'],
        mode: 'Force'
      }
    },
    adapted: ['none: the sandbox world holds the example’s subscriptions and registries'],
    statuses: [200, 202],
    headers: { '202': ['Location'] }
  },
  {
    example: `${acr}/ImportImageByManifestDigest.json@1eb311c3f6f22913eab7d5ad755aa474ae15d67f`,
    operation: 'Registries_ImportImage',
    request: {
      method: 'POST',
      path: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myRegistry/importImage',
      body: {
        source: {
          resourceId:
            '/subscriptions/10000000-0000-0000-0000-000000000000/resourceGroups/sourceResourceGroup/providers/Microsoft.ContainerRegistry/registries/sourceRegistry',
          sourceImage: `sourceRepository@sha256:${'0'.repeat(64)}`
        },
        targetTags: ['targetRepository:targetTag'],
        untaggedTargetRepositories: ['targetRepository1'],
        mode: 'Force'
      }
    },
    adapted: [
      'none (its digest names no image; the example documents the answer to the request, not the copy)'
    ],
    statuses: [200, 202],
    headers: { '202': ['Location'] }
  },
  {
    example: `${acr}/RegistryGet.json@1ff559f7513173b4506814b76564e1c8a8132b68`,
    operation: 'Registries_Get',
    request: {
      method: 'GET',
      path: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myRegistry'
    },
    statuses: [200],
    shape: {
      id: 'string',
      name: 'string',
      type: 'string',
      location: 'string',
      tags: 'map',
      sku: { name: 'string', tier: 'string' },
      properties: {
        loginServer: 'string',
        creationDate: 'string',
        provisioningState: 'string',
        adminUserEnabled: 'boolean',
        networkRuleSet: { defaultAction: 'string', ipRules: [] },
        policies: {
          quarantinePolicy: { status: 'string' },
          trustPolicy: { type: 'string', status: 'string' },
          retentionPolicy: { days: 'number', lastUpdatedTime: 'string', status: 'string' },
          exportPolicy: { status: 'string' },
          azureADAuthenticationAsArmPolicy: { status: 'string' }
        },
        encryption: { status: 'string' },
        status: 'null',
        dataEndpointEnabled: 'boolean',
        dataEndpointHostNames: [],
        privateEndpointConnections: [],
        publicNetworkAccess: 'string',
        networkRuleBypassOptions: 'string',
        networkRuleBypassAllowedForTasks: 'boolean',
        zoneRedundancy: 'string',
        anonymousPullEnabled: 'boolean',
        roleAssignmentMode: 'string'
      }
    }
  }
];

export const subscriptionReplays: ExampleReplay[] = [
  {
    example:
      'specification/resources/resource-manager/Microsoft.Resources/stable/2022-12-01/examples/GetSubscription.json@f186684d398439216cd57afe4dde3f6f90653416',
    operation: 'Subscriptions_Get',
    request: { method: 'GET', path: `/subscriptions/${devSubscription.id}` },
    adapted: ['the sandbox’s dev subscription'],
    statuses: [200],
    shape: {
      id: 'string',
      subscriptionId: 'string',
      tenantId: 'string',
      displayName: 'string',
      state: 'string',
      subscriptionPolicies: { locationPlacementId: 'string', quotaId: 'string', spendingLimit: 'string' },
      authorizationSource: 'string',
      managedByTenants: [{ tenantId: 'string' }],
      tags: 'map'
    },
    unmodelled: { tags: "the example's subscription carries tags; the sandbox's carry none" }
  }
];
