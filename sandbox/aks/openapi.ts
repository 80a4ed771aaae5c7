import type { Reply } from '../core.js';
import type { ResourceType } from './model.js';

const gvPath = (t: ResourceType) => (t.group ? `apis/${t.group}/${t.version}` : `api/${t.version}`);
const hash = (gv: string) => Buffer.from(gv).toString('hex').slice(0, 16).toUpperCase();

/**
 * The OpenAPI v3 discovery that kubectl's and Helm's client-side validation reads (`GET /openapi/v3`, then one
 * document per group-version): each PATCH operation carries its `x-kubernetes-group-version-kind` and the
 * `fieldValidation` query parameter, so clients leave validation to the server (Strict) instead of downloading
 * schemas, as they do against every API server since Kubernetes 1.27. Schemas themselves are not served.
 */
export function openApiV3(path: string, types: ResourceType[], gitVersion: string): Reply | undefined {
  if (path === '/openapi/v3') {
    const paths = Object.fromEntries(
      [...new Set(types.map(gvPath))].map(gv => [
        gv,
        { serverRelativeURL: `/openapi/v3/${gv}?hash=${hash(gv)}` }
      ])
    );
    return { status: 200, body: { paths } };
  }
  const gv = path.slice('/openapi/v3/'.length);
  const served = types.filter(t => gvPath(t) === gv);
  if (!path.startsWith('/openapi/v3/') || served.length === 0) return undefined;
  const parameter = (name: string, description: string) => ({
    name,
    in: 'query',
    description,
    schema: { type: 'string', uniqueItems: true }
  });
  const paths = Object.fromEntries(
    served
      .filter(t => t.verbs.includes('patch'))
      .map(t => [
        `/${gv}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}/{name}`,
        {
          patch: {
            description: `partially update the specified ${t.kind}`,
            operationId: `patch${t.kind}`,
            parameters: [
              parameter('dryRun', 'When present, indicates that modifications should not be persisted.'),
              parameter('fieldManager', 'The name of the actor or entity making the change.'),
              parameter(
                'fieldValidation',
                'Ignore, Warn or Strict: what to do with unknown or duplicate fields.'
              ),
              { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } }
            ],
            responses: { '200': { description: 'OK' } },
            'x-kubernetes-action': 'patch',
            'x-kubernetes-group-version-kind': { group: t.group, version: t.version, kind: t.kind }
          }
        }
      ])
  );
  return {
    status: 200,
    body: { openapi: '3.0.0', info: { title: 'Kubernetes', version: gitVersion }, paths, components: {} }
  };
}
