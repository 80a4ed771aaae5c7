// The emulators' own servers: listening on loopback, and closed with their connections when the sandbox stops.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on 127.0.0.1 (`port`, or a free one) and resolves with the port. */
export function listen(server: http.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Closes the servers, dropping their open (keep-alive) connections rather than waiting for them. */
export async function closeServers(servers: http.Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      s =>
        new Promise<void>(resolve => {
          s.close(() => resolve());
          s.closeAllConnections();
        })
    )
  );
}
