// The API server's storage: every object by resource, namespace and name, and the one resourceVersion counter
// its writes move (etcd's revision).
import { randomUUID } from 'node:crypto';
import type { ClusterClock, Obj } from './model.js';

const key = (plural: string, namespace: string | undefined, name: string) =>
  `${plural}/${namespace ?? ''}/${name}`;

/** An object as clients see it: a copy, without the store's note of its resource. */
export function clean(o: Obj): Obj {
  const copy = structuredClone(o);
  delete copy.__plural;
  return copy;
}

export class ObjectStore {
  private readonly objects = new Map<string, Obj>();
  private version = 1000;

  constructor(private readonly clock: ClusterClock) {}

  /** The resourceVersion of the last write. */
  get resourceVersion(): number {
    return this.version;
  }

  get(plural: string, namespace: string | undefined, name: string): Obj | undefined {
    return this.objects.get(key(plural, namespace, name));
  }

  has(plural: string, namespace: string | undefined, name: string): boolean {
    return this.objects.has(key(plural, namespace, name));
  }

  /** The objects of a resource, in one namespace or in all of them. */
  list(plural: string, namespace?: string): Obj[] {
    return this.all().filter(
      o => o.__plural === plural && (namespace === undefined || o.metadata.namespace === namespace)
    );
  }

  all(): Obj[] {
    return [...this.objects.values()];
  }

  /** Stores (or replaces) an object under a new resourceVersion. */
  save(plural: string, o: Obj): void {
    o.__plural = plural;
    o.metadata.resourceVersion = String(++this.version);
    this.objects.set(key(plural, o.metadata.namespace, o.metadata.name), o);
  }

  delete(o: Obj): void {
    this.objects.delete(key(o.__plural, o.metadata.namespace, o.metadata.name));
  }

  /** A write that leaves no object behind (a delete) still moves the resourceVersion. */
  bump(): void {
    ++this.version;
  }

  /** Makes an Active namespace, unless it exists. */
  ensureNamespace(name: string): void {
    if (this.has('namespaces', undefined, name)) return;
    this.save('namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, uid: randomUUID(), creationTimestamp: this.clock.timestamp() },
      status: { phase: 'Active' }
    });
  }

  /** Stores an object as its controller wrote it: server fields kept, status included; its namespace made. */
  put(plural: string, object: Obj): void {
    const namespace = object.metadata?.namespace;
    if (namespace) this.ensureNamespace(namespace);
    const existing = this.get(plural, namespace, object.metadata.name);
    this.save(plural, {
      ...structuredClone(object),
      metadata: {
        ...object.metadata,
        uid: existing?.metadata.uid ?? object.metadata.uid ?? randomUUID(),
        creationTimestamp:
          existing?.metadata.creationTimestamp ?? object.metadata.creationTimestamp ?? this.clock.timestamp()
      }
    });
  }
}
