import type { Reply } from '../core.js';
import type { Obj } from './model.js';

/** `metadata.name=x,metadata.namespace!=y`: the field selectors clients send (kubectl rollout status, informers). */
export function matchesFieldSelector(object: Obj, selector: string | null): boolean {
  if (!selector) return true;
  return selector
    .split(',')
    .filter(Boolean)
    .every(term => {
      const not = term.includes('!=');
      const [field = '', value = ''] = term.split(not ? '!=' : /==?/).map(s => s.trim());
      const actual = field.split('.').reduce<unknown>((at, part) => (at as Obj | undefined)?.[part], object);
      return not ? String(actual ?? '') !== value : String(actual ?? '') === value;
    });
}

export interface WatchOptions {
  /** The objects the watch covers, as they are now; reading them runs the controller, as a poll would. */
  read: () => Promise<Obj[]>;
  /** `resourceVersion` of the request: absent or "0" starts with an ADDED event per existing object. */
  resourceVersion: string | null;
  /** `timeoutSeconds` of the request; the server ends the watch then and the client starts another. */
  timeoutSeconds: number;
  /** Between looks at the objects; events carry whatever changed since the last look. */
  intervalMs?: number;
  /** kubectl get --watch asks for Tables: each event's object is a Table of its one row. */
  table?: (objects: Obj[]) => Obj;
}

const identity = (o: Obj) => `${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

/**
 * A watch as the API server streams it: one JSON event per line (`ADDED`, `MODIFIED`, `DELETED`) until
 * `timeoutSeconds` or the client leaves. The emulator's controller runs on reads, so the watch reads the objects
 * at a short interval, which both advances the rollout and finds the changes to send.
 */
export function watchReply(options: WatchOptions): Reply {
  const interval = options.intervalMs ?? 100;
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' },
    stream: out => {
      let open = true;
      void out.closed.then(() => (open = false));
      const seen = new Map<string, string>();
      const send = (type: string, object: Obj) =>
        out.write(`${JSON.stringify({ type, object: options.table ? options.table([object]) : object })}\n`);
      const deadline = Date.now() + options.timeoutSeconds * 1000;
      const look = async (first: boolean) => {
        const now = await options.read();
        const current = new Map(now.map(o => [identity(o), o]));
        for (const [id, object] of current) {
          const text = JSON.stringify(object);
          const before = seen.get(id);
          if (before === undefined) {
            if (!first || !options.resourceVersion || options.resourceVersion === '0') send('ADDED', object);
          } else if (before !== text) send('MODIFIED', object);
          seen.set(id, text);
        }
        for (const [id, text] of seen) {
          if (!current.has(id)) {
            send('DELETED', JSON.parse(text) as Obj);
            seen.delete(id);
          }
        }
      };
      void (async () => {
        try {
          await look(true);
          while (open && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, interval));
            if (open) await look(false);
          }
        } finally {
          out.end();
        }
      })();
    }
  };
}
