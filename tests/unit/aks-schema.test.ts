import { describe, expect, it } from '@jest/globals';
import { groupsOf } from '../../sandbox/aks/discovery.js';
import { openApiV3 } from '../../sandbox/aks/openapi.js';
import { builtInSchemas, builtInTypes, ServedResources } from '../../sandbox/aks/resources.js';
import { decode, invalid, validate } from '../../sandbox/aks/validation.js';

const type = (plural: string, group = 'apps') =>
  builtInTypes.find(t => t.plural === plural && t.group === group)!;

describe('the Kubernetes 1.32 catalog the emulated API server serves', () => {
  it('holds every built-in resource with its verbs, subresources and schema', () => {
    const names = builtInTypes.map(t => `${t.group || 'core'}/${t.version}/${t.plural}`);
    for (const r of [
      'core/v1/serviceaccounts',
      'core/v1/events',
      'apps/v1/statefulsets',
      'apps/v1/daemonsets',
      'batch/v1/jobs',
      'autoscaling/v2/horizontalpodautoscalers',
      'networking.k8s.io/v1/ingresses',
      'networking.k8s.io/v1/networkpolicies',
      'policy/v1/poddisruptionbudgets',
      'rbac.authorization.k8s.io/v1/rolebindings',
      'authorization.k8s.io/v1/selfsubjectaccessreviews',
      'authentication.k8s.io/v1/selfsubjectreviews',
      'apiextensions.k8s.io/v1/customresourcedefinitions'
    ])
      expect(names).toContain(r);
    expect(type('deployments').subresources.map(s => `${s.name}:${s.group}/${s.version}/${s.kind}`)).toEqual([
      'scale:autoscaling/v1/Scale',
      'status:apps/v1/Deployment'
    ]);
    expect(type('pods', '').subresources.find(s => s.name === 'log')).toMatchObject({ verbs: ['get'] });
    expect(builtInSchemas['io.k8s.api.apps.v1.DeploymentSpec']).toMatchObject({
      required: ['selector', 'template']
    });
    expect(groupsOf(builtInTypes).find(g => g.name === 'autoscaling')!.versions).toEqual(['v2', 'v1']);
  });

  it('serves OpenAPI v3 documents with the group-version-kind and the schemas they use', () => {
    const resources = new ServedResources();
    const index = openApiV3('/openapi/v3', resources, 'v1.32.0')!.body as {
      paths: Record<string, { serverRelativeURL: string }>;
    };
    expect(index.paths['apis/apps/v1']!.serverRelativeURL).toMatch(
      /^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/
    );
    const apps = openApiV3('/openapi/v3/apis/apps/v1', resources, 'v1.32.0')!.body as {
      paths: Record<string, Record<string, { 'x-kubernetes-group-version-kind': unknown }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(
      apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']!['patch']![
        'x-kubernetes-group-version-kind'
      ]
    ).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment'
    });
    expect(Object.keys(apps.components.schemas)).toContain('io.k8s.api.core.v1.PodSpec');
  });

  it('refuses as the API server words it: Go type errors, unknown fields, field errors', () => {
    const deployments = type('deployments');
    expect(decode(deployments, { spec: { replicas: '2' } }).typeError).toBe(
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'
    );
    const body = {
      spec: { replicaz: 2, template: { spec: { containers: [{ name: 'a', image: 'x', colour: 'red' }] } } }
    };
    expect(decode(deployments, body).unknown).toEqual([
      'spec.replicaz',
      'spec.template.spec.containers[0].colour'
    ]);
    expect(body.spec).not.toHaveProperty('replicaz');
    const errors = validate(
      deployments,
      {
        metadata: { name: 'web' },
        spec: {
          selector: { matchLabels: { app: 'a' } },
          template: { metadata: { labels: { app: 'b' } }, spec: { containers: [{ name: 'web' }] } }
        }
      },
      undefined
    );
    expect(JSON.parse(JSON.stringify(invalid(deployments, 'web', errors).body)).message).toBe(
      'Deployment.apps "web" is invalid: [spec.template.metadata.labels: Invalid value: map[string]string{"app":"b"}: `selector` does not match template `labels`, spec.template.spec.containers[0].image: Required value]'
    );
  });
});
