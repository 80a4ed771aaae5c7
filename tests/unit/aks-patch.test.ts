import { describe, expect, it } from '@jest/globals';
import { mergePatch } from '../../sandbox/json.js';
import { PatchError, strategicMergePatch } from '../../sandbox/aks/patch.js';
import { parseSelector } from '../../sandbox/aks/selector.js';

const image = (c: string) => `musafirgodev.azurecr.io/itinerary@sha256:${c.repeat(64)}`;

const deployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'itinerary', labels: { app: 'itinerary' }, finalizers: ['a', 'b'] },
  spec: {
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
    selector: { matchLabels: { app: 'itinerary' } },
    template: {
      metadata: { labels: { app: 'itinerary' } },
      spec: {
        containers: [
          {
            name: 'itinerary',
            image: image('a'),
            args: ['--port', '8080'],
            ports: [{ name: 'http', containerPort: 8080 }],
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' }
            ]
          },
          { name: 'otel-collector', image: 'otel:1' }
        ]
      }
    }
  }
});

describe('strategic merge patch, with the patches Helm and kubectl send', () => {
  it("merges containers by name (Helm's three-way patch for a new digest)", () => {
    const patched = strategicMergePatch(deployment(), {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'itinerary' }, { name: 'otel-collector' }],
            containers: [{ image: image('b'), name: 'itinerary' }]
          }
        }
      }
    });
    const containers = patched.spec.template.spec.containers;
    expect(containers.map((c: { name: string }) => c.name)).toEqual(['itinerary', 'otel-collector']);
    expect(containers[0]).toEqual({ ...deployment().spec.template.spec.containers[0], image: image('b') });
    expect(containers[1]).toEqual({ name: 'otel-collector', image: 'otel:1' });
  });

  it('deletes an env entry by name ($patch: delete), replaces primitive lists, orders by $setElementOrder', () => {
    const patched = strategicMergePatch(deployment(), {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'otel-collector' }, { name: 'itinerary' }],
            containers: [
              {
                name: 'itinerary',
                args: ['--port', '9090'],
                '$setElementOrder/env': [{ name: 'C' }, { name: 'A' }],
                env: [
                  { $patch: 'delete', name: 'B' },
                  { name: 'C', value: '3' }
                ],
                ports: [{ containerPort: 9090, name: 'http' }]
              }
            ]
          }
        }
      }
    });
    const [first, second] = patched.spec.template.spec.containers;
    expect(first.name).toBe('otel-collector');
    expect(second.args).toEqual(['--port', '9090']);
    expect(second.env).toEqual([
      { name: 'C', value: '3' },
      { name: 'A', value: '1' }
    ]);
    // Container ports merge by containerPort: a new port is added next to the old one.
    expect(second.ports).toEqual([
      { name: 'http', containerPort: 8080 },
      { containerPort: 9090, name: 'http' }
    ]);
  });

  it('keeps only $retainKeys (a strategy switched to Recreate), deletes null, honours $patch: replace', () => {
    const patched = strategicMergePatch(deployment(), {
      metadata: { labels: { app: null, team: 'trips' }, '$deleteFromPrimitiveList/finalizers': ['a'] },
      spec: {
        strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: null },
        selector: { $patch: 'replace', matchLabels: { name: 'itinerary' } }
      }
    });
    expect(patched.metadata.labels).toEqual({ team: 'trips' });
    expect(patched.metadata.finalizers).toEqual(['b']);
    expect(patched.spec.strategy).toEqual({ type: 'Recreate' });
    expect(patched.spec.selector).toEqual({ matchLabels: { name: 'itinerary' } });
  });

  it('replaces a whole list of objects with a $patch: replace element, removes a map with $patch: delete', () => {
    const patched = strategicMergePatch(deployment(), {
      spec: {
        template: {
          metadata: { $patch: 'delete' },
          spec: { containers: [{ $patch: 'replace' }, { name: 'only', image: 'only:1' }] }
        }
      }
    });
    expect(patched.spec.template.spec.containers).toEqual([{ name: 'only', image: 'only:1' }]);
    expect(patched.spec.template.metadata).toBeUndefined();
  });

  it('merges Service ports by port, ConfigMap data as a map, finalizers as a set', () => {
    const service = {
      metadata: { finalizers: ['a'] },
      spec: { ports: [{ name: 'http', port: 80, targetPort: 8080 }], selector: { app: 'x' } },
      data: { a: '1', b: '2' }
    };
    const patched = strategicMergePatch(service, {
      metadata: { finalizers: ['b', 'a'] },
      spec: { '$setElementOrder/ports': [{ port: 80 }], ports: [{ port: 80, targetPort: 9090 }] },
      data: { a: null, c: '3' }
    });
    expect(patched.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 9090 }]);
    expect(patched.data).toEqual({ b: '2', c: '3' });
    expect(patched.metadata.finalizers).toEqual(['a', 'b']);
  });

  it('refuses an element without its merge key and an unknown directive, as the API server does (422)', () => {
    expect(() =>
      strategicMergePatch(deployment(), { spec: { template: { spec: { containers: [{ image: 'x' }] } } } })
    ).toThrow(new PatchError('map: {"image":"x"} does not contain declared merge key: name'));
    expect(() => strategicMergePatch(deployment(), { spec: { $patch: 'explode' } })).toThrow(
      'unknown patch type: explode in map at spec'
    );
  });
});

describe('JSON merge patch (RFC 7386, the examples of its appendix)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd']
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }]
  ])('%j patched with %j is %j', (target, patch, result) => {
    expect(mergePatch(target, patch)).toEqual(result);
  });
});

describe('label selectors as Helm and kubectl send them', () => {
  const labels = { owner: 'helm', name: 'itinerary', status: 'deployed' };
  it.each([
    ['name=itinerary,owner=helm', true],
    ['owner==helm,status=deployed', true],
    ['owner=helm,status!=superseded', true],
    ['status in (deployed, pending-upgrade)', true],
    ['status notin (deployed)', false],
    ['owner', true],
    ['!owner', false],
    ['!version', true],
    ['name=other', false],
    ['', true]
  ])('%s: %s', (selector, matches) => {
    expect(parseSelector(selector)(labels)).toBe(matches);
  });

  it('refuses what it cannot parse with the API server message', () => {
    expect(() => parseSelector('a=(b')).toThrow("unable to parse requirement: found 'a=(b'");
  });
});
