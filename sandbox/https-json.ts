import https from 'node:https';

/** GET over HTTPS trusting the sandbox CA; how the emulators fetch discovery documents and signing keys from each other. */
export function getJson(url: string, ca: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, timeout: 10_000 }, res => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`GET ${url}: ${res.statusCode}`));
          try {
            resolve(JSON.parse(text));
          } catch (e) {
            reject(e as Error);
          }
        });
      })
      .on('error', reject)
      .on('timeout', function (this: { destroy(e: Error): void }) {
        this.destroy(new Error(`GET ${url}: timeout`));
      });
  });
}
