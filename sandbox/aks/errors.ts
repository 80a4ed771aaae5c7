// How the API server refuses: a `Status` object with the code, reason and message kube-apiserver sends.
import type { Reply } from '../core.js';
import { resourceName, type Obj, type ResourceType } from './model.js';

/** Kubernetes' `Status` object, as every API error is sent. */
export function status(code: number, reason: string, message: string, details?: Obj): Reply {
  return {
    status: code,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code
    }
  };
}

/** The object of `type` named `name` does not exist. */
export const notFound = (type: ResourceType, name: string) =>
  status(404, 'NotFound', `${resourceName(type)} "${name}" not found`, {
    name,
    group: type.group,
    kind: type.plural
  });

/** The path names no resource the server serves. */
export const noSuchResource = () =>
  status(404, 'NotFound', 'the server could not find the requested resource');

/** The resource does not take this verb, or not at this path (a POST to a name, a PUT to the collection). */
export const methodNotAllowed = () =>
  status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
