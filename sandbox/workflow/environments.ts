// Deployment environments and their protection rules, as GitHub applies them before a job that names one starts
// (docs.github.com: "Managing environments for deployment", "Deployments and environments"): deployment branch
// and tag policies, a wait timer, required reviewers; and their secrets and variables.

export interface EnvironmentSettings {
  /** Required reviewers (user logins); up to six on GitHub. One approval lets the job start. */
  reviewers?: string[];
  /** The user who triggered the run may not approve it. */
  preventSelfReview?: boolean;
  /** Minutes the job waits before it starts (0 to 43,200). */
  waitTimerMinutes?: number;
  /**
   * Which refs may deploy: all when absent; `protectedBranches` for the repository's protected branches only;
   * otherwise `policies`, name patterns for branches or tags (`*` stops at '/', `**` does not).
   */
  deploymentBranchPolicy?: {
    protectedBranches?: boolean;
    policies?: Array<{ type: 'branch' | 'tag'; name: string }>;
  };
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
}

/** A review of a pending deployment: what a test answers in place of a person on GitHub. */
export interface Review {
  state: 'approved' | 'rejected';
  reviewer: string;
  comment?: string;
}

export interface ReviewRequest {
  environment: string;
  job: string;
  workflow: string;
  ref: string;
  actor: string;
  reviewers: string[];
}

/** GitHub's fnmatch for branch and tag patterns: `*` matches within a path segment, `**` across them. */
export function matchesPattern(pattern: string, name: string): boolean {
  let regex = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      regex += '.*';
      i++;
    } else if (c === '*') regex += '[^/]*';
    else if (c === '?') regex += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) regex += '\\[';
      else {
        regex += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else regex += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${regex}$`).test(name);
}

/**
 * GitHub's refusal when the run's ref may not deploy to the environment, or undefined when it may. A tag
 * matches only tag policies and a branch only branch policies; a pull request's merge ref is no branch of the
 * repository and matches none.
 */
export function refusedRef(
  environment: string,
  settings: EnvironmentSettings | undefined,
  ref: string,
  protectedBranches: string[]
): string | undefined {
  const policy = settings?.deploymentBranchPolicy;
  if (!policy) return undefined;
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  const allowed = policy.protectedBranches
    ? branch !== undefined && protectedBranches.includes(branch)
    : (policy.policies ?? []).some(p =>
        p.type === 'tag'
          ? tag !== undefined && matchesPattern(p.name, tag)
          : branch !== undefined && matchesPattern(p.name, branch)
      );
  if (allowed) return undefined;
  const what = tag !== undefined ? `Tag "${tag}"` : `Branch "${branch ?? ref}"`;
  return `${what} is not allowed to deploy to ${environment} due to environment protection rules.`;
}
