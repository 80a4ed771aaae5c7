// How Argo CD's REST API refuses: grpc-gateway's error JSON with the gRPC code.
import type { Reply } from '../core.js';

/** grpc-gateway's error JSON, as Argo CD's REST API sends every error. */
export function argoError(status: number, code: number, message: string): Reply {
  return { status, body: { error: message, code, message } };
}
