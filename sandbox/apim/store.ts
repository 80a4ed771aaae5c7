// What one API Management service holds, keyed case-insensitively as ARM resolves ids, and the counters its
// gateway keeps (rate-limit windows) on the sandbox clock.
import { randomBytes } from 'node:crypto';
import type { SandboxClock } from '../core.js';
import type { ApiManagementService } from '../world.js';
import type { ApiEntry, ApimSubscription, VersionSet } from './model.js';

const key = () => randomBytes(16).toString('hex');

/** Everything one API Management service holds. */
export class ServiceState {
  readonly name: string;
  gatewayUrl = '';
  readonly apis = new Map<string, ApiEntry>();
  readonly versionSets = new Map<string, VersionSet>();
  readonly products = new Map<
    string,
    { displayName: string; subscriptionRequired: boolean; state: string; apis: Set<string> }
  >();
  readonly subscriptions = new Map<string, ApimSubscription>();
  private readonly windows = new Map<string, { start: number; count: number }>();
  private etagCounter = 0;

  constructor(
    readonly definition: ApiManagementService,
    private readonly clock: SandboxClock
  ) {
    this.name = definition.name;
    for (const product of ['starter', 'unlimited', ...(definition.products ?? [])]) {
      this.products.set(product, {
        displayName: product[0]!.toUpperCase() + product.slice(1),
        subscriptionRequired: true,
        state: 'published',
        apis: new Set()
      });
    }
    // Every service has the built-in all-access subscription.
    this.addSubscription('master', 'Built-in all-access subscription', '/apis');
    for (const s of definition.subscriptions ?? [])
      this.addSubscription(s.id, s.displayName ?? s.id, s.scope, s.state);
  }

  get resourceId(): string {
    const d = this.definition;
    return `/subscriptions/${d.subscriptionId}/resourceGroups/${d.resourceGroup}/providers/Microsoft.ApiManagement/service/${d.name}`;
  }

  addSubscription(id: string, displayName: string, scope: string, state = 'active'): ApimSubscription {
    const subscription = {
      displayName,
      scope,
      state,
      primaryKey: key(),
      secondaryKey: key(),
      createdDate: this.clock.now().toISOString()
    };
    this.subscriptions.set(id.toLowerCase(), subscription);
    return subscription;
  }

  nextEtag(): string {
    return `"AAAAAAAA${(++this.etagCounter).toString(16).padStart(4, '0')}="`;
  }

  /** The scope relative to the service: `/apis`, `/apis/<id>`, `/products/<id>`. */
  private relativeScope(scope: string): string {
    const marker = `/service/${this.name}`.toLowerCase();
    const at = scope.toLowerCase().indexOf(marker);
    return (at >= 0 ? scope.slice(at + marker.length) : scope).replace(/\/+$/, '').toLowerCase() || '/';
  }

  /** The id of the active subscription whose key opens the API, if any. */
  subscriptionForKey(value: string, apiId: string): string | undefined {
    for (const [id, s] of this.subscriptions) {
      if (s.state !== 'active' || (s.primaryKey !== value && s.secondaryKey !== value)) continue;
      const scope = this.relativeScope(s.scope);
      if (scope === '/' || scope === '/apis' || scope === `/apis/${apiId.toLowerCase()}`) return id;
      const product = /^\/products\/(.+)$/.exec(scope)?.[1];
      if (product && this.products.get(product)?.apis.has(apiId.toLowerCase())) return id;
    }
    return undefined;
  }

  versionSetOf(id: string): VersionSet | undefined {
    return this.versionSets.get(id.split('/').pop()!.toLowerCase());
  }

  /** Counts a call in a fixed window on the sandbox clock; returns the seconds to wait when over the limit. */
  rateLimit(counter: string, calls: number, periodSeconds: number): number {
    const now = this.clock.now().getTime();
    let window = this.windows.get(counter);
    if (!window || now - window.start >= periodSeconds * 1000) {
      window = { start: now, count: 0 };
      this.windows.set(counter, window);
    }
    window.count++;
    if (window.count <= calls) return 0;
    return Math.max(1, Math.ceil((window.start + periodSeconds * 1000 - now) / 1000));
  }
}
