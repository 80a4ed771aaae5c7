// GITHUB_TOKEN permissions as GitHub computes them: a job's `permissions` (or its workflow's), the repository's
// default when neither is set, and for a called workflow the calling job's grant as a ceiling that a nested job
// may lower but never raise. docs.github.com: "Controlling permissions for GITHUB_TOKEN" and "Reusing workflows"
// (access and permissions).

export type Level = 'none' | 'read' | 'write';
export type PermissionsSpec = 'read-all' | 'write-all' | Record<string, string> | undefined;
export type Permissions = Record<Scope, Level>;

export const scopes = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
] as const;
export type Scope = (typeof scopes)[number];

const rank: Record<Level, number> = { none: 0, read: 1, write: 2 };

const all = (level: Level): Permissions =>
  Object.fromEntries(scopes.map(scope => [scope, level])) as Permissions;

/**
 * The repository's "Workflow permissions" setting: restricted (contents and packages read, the default of new
 * repositories and organisations) or permissive (read and write on everything). Neither grants id-token.
 */
export function repositoryDefault(setting: 'restricted' | 'permissive'): Permissions {
  if (setting === 'permissive') return { ...all('write'), 'id-token': 'none' };
  return { ...all('none'), contents: 'read', packages: 'read' };
}

/** What a `permissions:` value grants: scopes it does not list get none. */
export function fromSpec(spec: Exclude<PermissionsSpec, undefined>): Permissions {
  if (spec === 'read-all') return { ...all('read'), 'id-token': 'none' };
  if (spec === 'write-all') return all('write');
  const granted = all('none');
  for (const [scope, level] of Object.entries(spec)) {
    if (!(scopes as readonly string[]).includes(scope))
      throw new Error(`Unexpected value '${scope}' in permissions`);
    if (!['none', 'read', 'write'].includes(level))
      throw new Error(`Unexpected value '${level}' for permission '${scope}'`);
    if (scope === 'id-token' && level === 'read')
      throw new Error("'id-token' takes 'write' or 'none', not 'read'");
    granted[scope as Scope] = level as Level;
  }
  return granted;
}

/** The first scope where `requested` exceeds `allowed`, or undefined. */
export function exceeding(
  requested: Permissions,
  allowed: Permissions
): { scope: Scope; requested: Level; allowed: Level } | undefined {
  for (const scope of scopes) {
    if (rank[requested[scope]] > rank[allowed[scope]])
      return { scope, requested: requested[scope], allowed: allowed[scope] };
  }
  return undefined;
}

/** The scopes granted, as a log line: `contents: read, id-token: write`. */
export function describe(permissions: Permissions): string {
  const granted = scopes.filter(scope => permissions[scope] !== 'none');
  return granted.length ? granted.map(scope => `${scope}: ${permissions[scope]}`).join(', ') : 'none';
}
