import { describe, expect, it } from '@jest/globals';
import { bypassesProxy, proxyFor } from '../../actions/shared/proxy.js';

describe('NO_PROXY, as every request of ours reads it', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1,localhost', true],
    ['localhost', '127.0.0.1, localhost', true],
    ['api.musafirgo.internal', '.musafirgo.internal', true],
    ['api.musafirgo.internal', 'musafirgo.internal', true],
    ['musafirgo.internal', '.musafirgo.internal', true],
    ['evilmusafirgo.internal', 'musafirgo.internal', false],
    ['itinerary---green.kindsea.westeurope.azurecontainerapps.io', '127.0.0.1,localhost', false],
    ['anything.example', '*', true],
    ['anything.example', undefined, false],
    ['[::1]', '::1', true],
    ['registry.local', 'registry.local:5000', true]
  ])('%s with NO_PROXY=%s bypasses the proxy: %s', (host, noProxy, expected) => {
    expect(bypassesProxy(host, noProxy)).toBe(expected);
  });
});

describe('proxyFor', () => {
  it('picks the proxy for the scheme, unless NO_PROXY exempts the host', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', http_proxy: 'http://plain:3128', NO_PROXY: '.internal' };
    expect(proxyFor(new URL('https://login.microsoftonline.com/x'), env)).toBe('http://proxy:3128');
    expect(proxyFor(new URL('http://example.com/'), env)).toBe('http://plain:3128');
    expect(proxyFor(new URL('https://api.internal/'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://login.microsoftonline.com/x'), {})).toBeUndefined();
  });
});
