// workflows/README.md's role table against the sandbox's world: every role the table lists is granted, and the
// world grants the platform's identities nothing the table does not list. The templates' end-to-end tests run on
// this world, so a workflow that needs a role the table leaves out fails there.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorld } from '../../sandbox/world.js';

const root = new URL('../..', import.meta.url).pathname;
const world = loadWorld();
const readme = readFileSync(join(root, 'workflows/README.md'), 'utf8');

/** The role table: one row per identity, `Role on the <kind> \`<name>\`` items separated by '; '. */
const rows = readme
  .split('\n')
  .filter(line => /^\| `AZURE_\w+` \(`[\w-]+`\)/.test(line))
  .map(line => {
    const cells = line.split('|').map(cell => cell.trim());
    const app = /\(`([\w-]+)`\)/.exec(cells[1]!)![1]!;
    const roles = cells[3]!.split('; ').map(item => {
      const m = /^(.+) on the (subscription|registry|resource group|cluster) `([\w-]+)`$/.exec(item);
      if (!m) throw new Error(`workflows/README.md: '${item}' is not '<role> on the <kind> \`<name>\`'`);
      return { role: m[1]!, kind: m[2]!, name: m[3]! };
    });
    return { variable: /`(AZURE_\w+)`/.exec(cells[1]!)![1]!, app, roles };
  });

/** The scope a table item names, from the world's resources. */
function scopeOf(kind: string, name: string): string {
  const subscription = (id: string) => `/subscriptions/${id}`;
  if (kind === 'subscription') {
    const found = world.subscriptions.find(s => s.displayName === name);
    if (!found) throw new Error(`no subscription ${name} in the world`);
    return subscription(found.id);
  }
  if (kind === 'registry') {
    const r = world.containerRegistries!.find(r => r.name === name)!;
    return `${subscription(r.subscriptionId)}/resourceGroups/${r.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${r.name}`;
  }
  if (kind === 'cluster') {
    const c = world.kubernetesClusters!.find(c => c.name === name)!;
    return `${subscription(c.subscriptionId)}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;
  }
  const holder = [
    ...(world.containerApps?.environments ?? []),
    ...(world.apiManagement ?? []),
    ...(world.kubernetesClusters ?? [])
  ].find(r => r.resourceGroup === name);
  if (!holder) throw new Error(`no resource of the world is in the resource group ${name}`);
  return `${subscription(holder.subscriptionId)}/resourceGroups/${name}`;
}

/** What the world grants an app's service principal: role assignments, and cluster write access. */
function granted(objectId: string): string[] {
  return [
    ...world.roleAssignments
      .filter(a => a.principalId === objectId)
      .map(a => `${a.roleDefinitionName} on ${a.scope}`),
    ...(world.kubernetesClusters ?? [])
      .filter(c => c.writers.includes(objectId))
      .map(c => `Azure Kubernetes Service RBAC Writer on ${scopeOf('cluster', c.name)}`)
  ].sort();
}

describe('the role table of workflows/README.md', () => {
  it('describes the three identities of the templates', () => {
    expect(rows.map(r => r.variable)).toEqual([
      'AZURE_CLIENT_ID',
      'AZURE_PROMOTER_CLIENT_ID',
      'AZURE_PROD_CLIENT_ID'
    ]);
  });

  it.each(rows.map(r => [r.variable, r] as const))(
    '%s: the world grants exactly what the table lists',
    (_, row) => {
      const app = world.tenants.flatMap(t => t.apps).find(a => a.name === row.app);
      expect(app).toBeDefined();
      const listed = row.roles.map(r => `${r.role} on ${scopeOf(r.kind, r.name)}`).sort();
      const grants = granted(app!.objectId);
      expect({ 'granted but not in the table': grants.filter(g => !listed.includes(g)) }).toEqual({
        'granted but not in the table': []
      });
      expect({ 'in the table but not granted': listed.filter(l => !grants.includes(l)) }).toEqual({
        'in the table but not granted': []
      });
    }
  );

  it('names roles the world defines (a typo would grant nothing)', () => {
    const defined = [...world.roleDefinitions.map(d => d.name), 'Azure Kubernetes Service RBAC Writer'];
    for (const role of rows.flatMap(r => r.roles)) expect(defined).toContain(role.role);
  });

  it('never gives the prod identity a branch subject', () => {
    const prod = world.tenants.flatMap(t => t.apps).find(a => a.name === 'musafirgo-prod-deployer')!;
    for (const credential of prod.federatedCredentials) {
      const text = credential.subject ?? credential.claimsMatchingExpression!.value;
      expect(text).not.toMatch(/:ref:/);
      expect(text).toMatch(/:environment:prod(-rollback)?'/);
    }
  });
});
