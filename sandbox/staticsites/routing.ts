// How Static Web Apps answers a request from a deployed build and its staticwebapp.config.json, as Microsoft's
// "Configure Azure Static Web Apps" describes it: the first route rule whose route (and methods) match, then its
// roles, redirect, rewrite, status code and headers; the file, or the folder's index.html; the navigation fallback
// for what matches no file (unless excluded); response overrides for 401, 403 and 404; global headers; MIME types.
// Only the anonymous role exists here: nobody logs in to a sandbox site.

export interface RouteRule {
  route: string;
  methods?: string[];
  rewrite?: string;
  redirect?: string;
  statusCode?: number;
  headers?: Record<string, string>;
  allowedRoles?: string[];
}

export interface SiteConfig {
  routes?: RouteRule[];
  navigationFallback?: { rewrite: string; exclude?: string[] };
  responseOverrides?: Record<string, { rewrite?: string; redirect?: string; statusCode?: number }>;
  globalHeaders?: Record<string, string>;
  mimeTypes?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json'
};

const extension = (path: string) => /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';

/** A route or exclude pattern: exact, or a wildcard at the end, optionally filtered by extensions (`*.{png,jpg}`). */
export function patternMatches(pattern: string, path: string): boolean {
  const normalized = pattern.startsWith('/') ? pattern : `/${pattern}`;
  const source = normalized
    .split(/(\*|\{[^}]*\})/)
    .map(part =>
      part === '*'
        ? '.*'
        : part.startsWith('{')
          ? `(${part
              .slice(1, -1)
              .split(',')
              .map(s => s.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('|')})`
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    )
    .join('');
  return new RegExp(`^${source}$`, 'i').test(path);
}

/** The paths a request names: the path itself, and its folder's index.html (the default file). */
function candidates(path: string): string[] {
  if (path.endsWith('/')) return [path, `${path}index.html`];
  return extension(path) ? [path] : [path, `${path}/index.html`];
}

export function answer(
  files: Map<string, Buffer>,
  config: SiteConfig,
  method: string,
  requestPath: string
): Answer {
  const headers: Record<string, string> = {};
  const mime = (path: string) =>
    config.mimeTypes?.[extension(path)] ?? types[extension(path)] ?? 'application/octet-stream';
  const lookup = (path: string): string | undefined => {
    for (const candidate of candidates(path)) {
      const key = candidate.replace(/^\//, '');
      if (files.has(key)) return key;
    }
    return undefined;
  };
  const finish = (status: number, body: Buffer, type?: string): Answer => {
    const merged: Record<string, string> = { ...config.globalHeaders, ...headers };
    if (type) merged['Content-Type'] ??= type;
    for (const [name, value] of Object.entries(merged)) if (value === '') delete merged[name];
    return { status, headers: merged, body: method === 'HEAD' ? Buffer.alloc(0) : body };
  };
  const defaultPage = (status: number) =>
    finish(
      status,
      Buffer.from(
        status === 404
          ? '<!DOCTYPE html><title>404: Not Found</title><h1>404: Not Found</h1><p>We couldn’t find that page.</p>'
          : `<!DOCTYPE html><title>${status}</title><h1>${status}</h1>`
      ),
      'text/html; charset=utf-8'
    );
  const override = (status: number): Answer => {
    const rule = config.responseOverrides?.[String(status)];
    if (rule?.redirect) {
      headers['Location'] = rule.redirect;
      return finish(rule.statusCode ?? 302, Buffer.alloc(0));
    }
    if (rule?.rewrite) {
      const file = lookup(rule.rewrite);
      if (file) return finish(rule.statusCode ?? status, files.get(file)!, mime(file));
    }
    return defaultPage(rule?.statusCode ?? status);
  };

  let path = decodeURIComponent(requestPath);
  let statusCode: number | undefined;
  const rule = (config.routes ?? []).find(
    r =>
      candidates(path).some(p => patternMatches(r.route, p)) &&
      (!r.methods || r.methods.map(m => m.toUpperCase()).includes(method))
  );
  if (rule) {
    if (rule.allowedRoles && !rule.allowedRoles.includes('anonymous')) return override(401);
    Object.assign(headers, rule.headers);
    if (rule.redirect) {
      headers['Location'] = rule.redirect;
      return finish(rule.statusCode ?? 302, Buffer.alloc(0));
    }
    if (rule.rewrite) path = rule.rewrite;
    statusCode = rule.statusCode;
    if (statusCode && statusCode >= 400 && !rule.rewrite) return override(statusCode);
  }
  if (method !== 'GET' && method !== 'HEAD') return defaultPage(405);
  const file = lookup(path);
  if (file) return finish(statusCode ?? 200, files.get(file)!, mime(file));
  const fallback = config.navigationFallback;
  if (fallback && !(fallback.exclude ?? []).some(pattern => patternMatches(pattern, path))) {
    const target = lookup(fallback.rewrite.startsWith('/') ? fallback.rewrite : `/${fallback.rewrite}`);
    if (target) return finish(statusCode ?? 200, files.get(target)!, mime(target));
  }
  return override(404);
}
