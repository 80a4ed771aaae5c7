// The service's own tests, what `npm test` runs in its pipeline (service-ci.yml).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startItinerary } from './server.js';

test('answers its health probe', async () => {
  const { url, stop } = await startItinerary();
  try {
    const response = await fetch(`${url}/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  } finally {
    await stop();
  }
});

test('lists itineraries through a city', async () => {
  const { url, stop } = await startItinerary();
  try {
    const body = await (await fetch(`${url}/itineraries?city=Marrakech`)).json();
    assert.equal(body.count, 1);
    assert.equal(body.items[0].id, 'it-casablanca-marrakech');
  } finally {
    await stop();
  }
});
