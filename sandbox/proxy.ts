import http from 'node:http';
import net from 'node:net';

/**
 * An HTTP CONNECT proxy that tunnels the real service host names (port 443) to the local emulators, which
 * serve those names in their certificate, and refuses every other destination: nothing leaves the machine.
 */
export class ConnectProxy {
  readonly server = http.createServer((_req, res) => {
    res
      .writeHead(403, { 'Content-Type': 'text/plain' })
      .end('The sandbox proxy only tunnels (CONNECT) to sandbox emulators.\n');
  });
  private readonly hosts = new Map<string, number>();
  private readonly loopbackPorts = new Set<number>();
  private readonly sockets = new Set<net.Socket>();

  /** `onTunnel` hears of every CONNECT: its target and whether it was tunnelled (200) or refused (403). */
  constructor(onTunnel: (target: string, status: number) => void = () => undefined) {
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      this.track(client);
      const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
      const port = m ? this.lookup(m[1]!, Number(m[2])) : undefined;
      onTunnel(req.url ?? '', port ? 200 : 403);
      if (!port) {
        client.end(
          `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nThe sandbox proxy does not tunnel to ${req.url}.\n`
        );
        return;
      }
      const upstream = this.track(net.connect(port, '127.0.0.1'));
      upstream.on('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client).on('error', () => upstream.destroy());
        client.pipe(upstream).on('error', () => client.destroy());
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  }

  /** Tunnels `host` (or every subdomain, for `*.example.com`) on port 443 to a local port. */
  addHost(pattern: string, port: number): void {
    this.hosts.set(pattern.toLowerCase(), port);
  }

  /** Also tunnels to the emulators' own loopback ports, for clients that send every request through HTTPS_PROXY. */
  addLoopbackPort(port: number): void {
    this.loopbackPorts.add(port);
  }

  private lookup(host: string, port: number): number | undefined {
    const h = host.toLowerCase();
    if (['127.0.0.1', 'localhost', '::1'].includes(h)) return this.loopbackPorts.has(port) ? port : undefined;
    if (port !== 443) return undefined;
    return this.hosts.get(h) ?? this.hosts.get(`*.${h.split('.').slice(1).join('.')}`);
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }

  destroySockets(): void {
    for (const s of this.sockets) s.destroy();
  }
}
