// How the Container Apps and AKS emulators run their containers through the runtime: a revision's container or a
// pod's container, as the ARM or Kubernetes API holds it, made into StartOptions; and a running Container's state
// in each API's words (a replica's container in Container Apps, a containerStatus in Kubernetes). The emulators
// call these where they start `examples/itinerary/server.js` today (sandbox/example-service.ts startContainer):
// Container Apps' RevisionController.provision, and AKS's PodProcesses.ensure.
//
// Probe and back-off times are the specs' seconds scaled by `secondMs` (1000 is real time), so that an emulator can
// run a kubelet's 10 s period as 100 ms, as it already shortens its other delays.
import type { Container as RevisionContainer } from '@azure/arm-appcontainers';
import type { V1Container, V1Probe } from '@kubernetes/client-node';
import type { JsonObject } from '../json.js';
import type { Container, Termination } from './container.js';
import type { Probe, StartOptions } from './index.js';

export interface Scale {
  /** How long one second of a spec lasts here, in milliseconds. */
  secondMs: number;
}

/** The kubelet's defaults (also the Container Apps spec's): period 10 s, timeout 1 s, failure threshold 3. */
function probeTimes(
  probe: {
    initialDelaySeconds?: number;
    periodSeconds?: number;
    timeoutSeconds?: number;
    failureThreshold?: number;
    successThreshold?: number;
  },
  scale: Scale
): Omit<Probe, 'path' | 'port'> {
  return {
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * scale.secondMs,
    periodMs: (probe.periodSeconds ?? 10) * scale.secondMs,
    // Not scaled below half a second: a loaded test machine answers slower than a scaled second.
    timeoutMs: Math.max((probe.timeoutSeconds ?? 1) * scale.secondMs, 500),
    failureThreshold: probe.failureThreshold ?? 3,
    successThreshold: probe.successThreshold ?? 1
  };
}

const backoff = (scale: Scale) => ({ backoffMs: 10 * scale.secondMs, maxBackoffMs: 300 * scale.secondMs });

/**
 * A Container Apps revision's container: its image, command, args, env (secrets already resolved by the emulator),
 * the ingress target port, and its Readiness probe (httpGet or tcpSocket); without one, with ingress, a TCP probe of
 * the target port. Replicas always restart, with the kubelet's back-off.
 */
export function containerAppsStart(
  container: RevisionContainer,
  options: { env: Record<string, string>; targetPort?: number; replica: string },
  scale: Scale
): StartOptions {
  const readiness = container.probes?.find(p => p.type === 'Readiness');
  const port = options.targetPort ?? readiness?.httpGet?.port ?? readiness?.tcpSocket?.port;
  let probe: Probe | undefined;
  if (readiness?.httpGet) {
    probe = {
      path: readiness.httpGet.path ?? '/',
      port: readiness.httpGet.port,
      ...probeTimes(readiness, scale)
    };
  } else if (readiness?.tcpSocket) {
    probe = { port: readiness.tcpSocket.port, ...probeTimes(readiness, scale) };
  } else if (options.targetPort) {
    probe = { port: options.targetPort, ...probeTimes({}, scale) };
  }
  return {
    image: container.image ?? '',
    name: container.name ?? 'app',
    hostname: options.replica,
    ...(container.command?.length ? { command: container.command } : {}),
    ...(container.args?.length ? { args: container.args } : {}),
    env: options.env,
    ...(port ? { port } : {}),
    ...(probe ? { probe } : {}),
    restart: { policy: 'Always', ...backoff(scale) }
  };
}

/** A replica's container as Container Apps lists it (`…/revisions/{r}/replicas`, ReplicaContainer). */
export function containerAppsReplicaContainer(container: Container): JsonObject {
  const status = container.status();
  const last = status.lastState?.terminated;
  let runningState: 'Running' | 'Waiting' | 'Terminated' = 'Waiting';
  let details: string;
  if ('running' in status.state) {
    runningState = 'Running';
    details = status.ready
      ? ''
      : `${status.probeFailure ?? 'Waiting for the readiness probe'}${lastLines(container, status.restartCount, '; its last lines: ')}`;
  } else if ('terminated' in status.state) {
    runningState = 'Terminated';
    details = exitDetails(status.state.terminated, container, status.restartCount);
  } else if (status.state.waiting.reason === 'CrashLoopBackOff') {
    details = `CrashLoopBackOff: ${status.state.waiting.message ?? ''}${last ? `; ${exitDetails(last, container, status.restartCount - 1)}` : ''}`;
  } else {
    details = status.state.waiting.reason;
  }
  return {
    name: container.name,
    containerId: `containerd://${container.id}`,
    ready: status.ready,
    started: status.started,
    restartCount: status.restartCount,
    runningState,
    runningStateDetails: details
  };
}

/** An exit in a sentence with the process's last lines: what a failure summary shows. */
function exitDetails(termination: Termination, container: Container, attempt: number): string {
  return `${termination.reason}, exit code ${termination.exitCode}${lastLines(container, attempt, ': ')}`;
}

/** The last three lines of one run of the process (`attempt`), joined, after `lead`; nothing when it wrote none. */
function lastLines(container: Container, attempt: number, lead: string): string {
  const lines = container
    .logs()
    .filter(l => l.attempt === attempt)
    .slice(-3)
    .map(l => l.text);
  return lines.length ? `${lead}${lines.join(' | ')}` : '';
}

/** A pod's container port by number or by name (`port: http`), as probes name it. */
function containerPort(container: V1Container, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  if (port === undefined) return container.ports?.[0]?.containerPort;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports?.find(p => p.name === port)?.containerPort;
}

function kubernetesProbe(
  container: V1Container,
  probe: V1Probe | undefined,
  scale: Scale
): Probe | undefined {
  if (probe?.httpGet) {
    return {
      path: probe.httpGet.path ?? '/',
      port: containerPort(container, probe.httpGet.port as number | string),
      ...probeTimes(probe, scale)
    };
  }
  if (probe?.tcpSocket) {
    return {
      port: containerPort(container, probe.tcpSocket.port as number | string),
      ...probeTimes(probe, scale)
    };
  }
  return undefined;
}

/**
 * A pod's container: image, command, args, env (plain values; the emulator resolves valueFrom), its first
 * containerPort, its readinessProbe, and the pod's restartPolicy (Always by default).
 */
export function podContainerStart(
  container: V1Container,
  pod: { name: string; restartPolicy?: string },
  scale: Scale
): StartOptions {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? [])
    if (variable.value !== undefined) env[variable.name] = variable.value;
  const port = container.ports?.[0]?.containerPort;
  const probe = kubernetesProbe(container, container.readinessProbe, scale);
  const policy = (pod.restartPolicy ?? 'Always') as 'Always' | 'OnFailure' | 'Never';
  return {
    image: container.image ?? '',
    name: container.name,
    hostname: pod.name,
    ...(container.command?.length ? { command: container.command } : {}),
    ...(container.args?.length ? { args: container.args } : {}),
    env,
    ...(port ? { port } : {}),
    ...(container.ports && container.ports.length > 1
      ? { ports: container.ports.map(p => p.containerPort) }
      : {}),
    ...(probe ? { probe } : {}),
    restart: { policy, ...backoff(scale) }
  };
}

/** Kubernetes' timestamps: RFC 3339 to the second. */
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function terminated(termination: Termination, containerID: string): JsonObject {
  return {
    exitCode: termination.exitCode,
    ...(termination.signal ? { signal: termination.exitCode - 128 } : {}),
    reason: termination.reason,
    startedAt: iso(termination.startedAt),
    finishedAt: iso(termination.finishedAt),
    containerID
  };
}

/** A pod's containerStatus (status.containerStatuses[], V1ContainerStatus as JSON) from the running container. */
export function podContainerStatus(container: Container): JsonObject {
  const status = container.status();
  const containerID = `containerd://${container.id}`;
  const state = status.state;
  return {
    name: container.name,
    image: container.image,
    imageID: container.image.includes('@') ? container.image : container.imageId,
    containerID,
    ready: status.ready,
    started: status.started,
    restartCount: status.restartCount,
    state:
      'running' in state
        ? { running: { startedAt: iso(state.running.startedAt) } }
        : 'terminated' in state
          ? { terminated: terminated(state.terminated, containerID) }
          : { waiting: { ...state.waiting } },
    lastState: status.lastState ? { terminated: terminated(status.lastState.terminated, containerID) } : {}
  };
}
