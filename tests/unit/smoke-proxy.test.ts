import { describe, expect, it } from '@jest/globals';
import { bypassesProxy } from '../../actions/shared/smoke/engine.js';

describe('NO_PROXY, as the smoke engine reads it', () => {
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
