// A readiness probe as the kubelet runs one (httpGet or tcpSocket; periodSeconds, timeoutSeconds, failureThreshold,
// successThreshold, initialDelaySeconds): an HTTP probe goes through the replica's socket for its port, a TCP probe
// asks the replica's init to connect to the port inside the namespace (a socket of the forwarder always accepts).
import http from 'node:http';
import net from 'node:net';

export interface Probe {
  /** httpGet's path; without one the probe is a TCP connect to the port (tcpSocket). */
  path?: string;
  /** The container port probed; default: the container's port. */
  port?: number;
  initialDelayMs?: number;
  periodMs?: number;
  timeoutMs?: number;
  /** Failures in a row that make a ready container not ready (and `ready()` reject). */
  failureThreshold?: number;
  successThreshold?: number;
}

/** A probe with its defaults filled in (the kubelet's: period 10 s, timeout 1 s, failure threshold 3). */
export type ResolvedProbe = Required<Omit<Probe, 'path'>> & { path?: string };

export type ProbeResult = { ok: true; status: number } | { ok: false; message: string };

/** One TCP probe, answered by init (`tcp <port> <timeout>` on its control socket). */
export function probeTcp(
  controlSocket: string,
  probe: { port: number; timeoutMs: number },
  host: string
): Promise<ProbeResult> {
  return new Promise(resolve => {
    let answer = '';
    const socket = net.connect(controlSocket);
    socket.setTimeout(probe.timeoutMs + 1000);
    socket.once('connect', () => socket.write(`tcp ${probe.port} ${probe.timeoutMs}\n`));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.once('timeout', () => socket.destroy());
    socket.once('close', () => {
      const [word, ...rest] = answer.trim().split(' ');
      resolve(
        word === 'ok'
          ? { ok: true, status: 0 }
          : { ok: false, message: `dial tcp ${host}:${probe.port}: ${rest.join(' ') || 'i/o timeout'}` }
      );
    });
    socket.once('error', () => undefined);
  });
}

/** One probe: 200-399 passes, as the kubelet counts; the message is in the kubelet's words. */
export function probeHttp(
  socketPath: string,
  probe: { path: string; port: number; timeoutMs: number },
  host: string
): Promise<ProbeResult> {
  const url = `http://${host}:${probe.port}${probe.path}`;
  return new Promise(resolve => {
    const request = http.get(
      {
        socketPath,
        path: probe.path,
        timeout: probe.timeoutMs,
        headers: { host: `${host}:${probe.port}`, 'user-agent': 'kube-probe/1.30', accept: '*/*' }
      },
      response => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(
          status >= 200 && status < 400
            ? { ok: true, status }
            : { ok: false, message: `HTTP probe failed with statuscode: ${status}` }
        );
      }
    );
    request.once('timeout', () => {
      resolve({
        ok: false,
        message: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`
      });
      request.destroy();
    });
    // The forwarder resets the connection when nothing listens on the port inside the namespace.
    request.once('error', () => resolve({ ok: false, message: `Get "${url}": connect: connection refused` }));
  });
}
