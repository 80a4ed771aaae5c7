/** Whether NO_PROXY (host names, `.suffix` or `*`, comma-separated, as curl and the Azure SDK read it) exempts a host. */
export function bypassesProxy(hostname: string, noProxy: string | undefined): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    (noProxy ?? '')
      .split(',')
      .map(entry => entry.trim().toLowerCase())
      // host:port loses its port; an IPv6 literal (several colons, maybe bracketed) is kept whole.
      .map(entry =>
        entry.split(':').length === 2 ? entry.replace(/:\d+$/, '') : entry.replace(/^\[|\]$/g, '')
      )
      .filter(Boolean)
      .some(
        entry =>
          entry === '*' ||
          host === entry.replace(/^\./, '') ||
          host.endsWith(entry.startsWith('.') ? entry : `.${entry}`)
      )
  );
}

/** The proxy a runner configured for this URL (HTTPS_PROXY / HTTP_PROXY, either case), unless NO_PROXY exempts it. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const proxy =
    url.protocol === 'https:'
      ? env['HTTPS_PROXY'] || env['https_proxy']
      : env['HTTP_PROXY'] || env['http_proxy'];
  if (!proxy || bypassesProxy(url.hostname, env['NO_PROXY'] || env['no_proxy'])) return undefined;
  return proxy;
}
