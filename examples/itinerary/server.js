// The itinerary service: the sample MusafirGO service the demo, the tests and the benchmarks deploy, import into
// API Management and smoke-test. Plain Node, no dependencies, in-memory data.
//
//   PORT=8080 node examples/itinerary/server.js     (PORT=0: a free port; the first line printed is its URL)
//
// Test hooks, never part of the public API (not in openapi.yaml): under /__test/ only, and only when
// ITINERARY_TEST_HOOKS=1 (the default when NODE_ENV is not 'production'):
//   GET /__test/slow?ms=40          answers after `ms` milliseconds (ITINERARY_SLOW_MS is the default)
//   GET /__test/flaky?fail=2&key=k  answers 503 to the first `fail` requests carrying `key`, then 200
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

const seed = () => [
  {
    id: 'it-casablanca-marrakech',
    title: 'Casablanca to Marrakech',
    travellers: 2,
    days: [
      { day: 1, city: 'Casablanca', activities: ['Hassan II Mosque', 'Corniche'] },
      { day: 2, city: 'Marrakech', activities: ['Jemaa el-Fnaa', 'Majorelle Garden'] }
    ]
  },
  {
    id: 'it-fes-chefchaouen',
    title: 'Fes and the blue city',
    travellers: 1,
    days: [
      { day: 1, city: 'Fes', activities: ['Medina'] },
      { day: 2, city: 'Chefchaouen', activities: ['Ras El Maa'] }
    ]
  }
];

/** Starts the service; resolves with its URL and a stop function. */
export function startItinerary({
  port = 0,
  host = '127.0.0.1',
  testHooks = process.env.NODE_ENV !== 'production' || process.env.ITINERARY_TEST_HOOKS === '1',
  slowMs = Number(process.env.ITINERARY_SLOW_MS ?? 40)
} = {}) {
  const itineraries = new Map(seed().map(item => [item.id, item]));
  const flaky = new Map();
  let created = 0;

  const send = (res, status, body, headers = {}) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
      'Content-Length': Buffer.byteLength(text),
      ...headers
    });
    res.end(text);
  };
  const problem = (res, status, title, detail) =>
    send(res, status, { type: 'about:blank', title, status, detail });

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://itinerary');
      const parts = url.pathname.split('/').filter(Boolean);
      const method = req.method ?? 'GET';
      // Whatever a gateway in front added, echoed so its policies are observable.
      const echo = {};
      for (const name of ['x-request-source', 'x-forwarded-for']) {
        if (req.headers[name]) echo[`x-echo-${name}`] = String(req.headers[name]);
      }

      if (method === 'GET' && url.pathname === '/health') return send(res, 200, { status: 'ok' }, echo);

      if (parts[0] === 'itineraries' && parts.length === 1) {
        if (method === 'GET') {
          const city = url.searchParams.get('city');
          const items = [...itineraries.values()].filter(
            item => !city || item.days.some(day => day.city.toLowerCase() === city.toLowerCase())
          );
          return send(res, 200, { items, count: items.length }, echo);
        }
        if (method === 'POST') {
          let body;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString() || 'null');
          } catch {
            return problem(res, 400, 'Bad Request', 'the body must be JSON');
          }
          if (!body || typeof body.title !== 'string' || !Array.isArray(body.days)) {
            return problem(res, 400, 'Bad Request', "an itinerary needs a 'title' and 'days'");
          }
          const item = {
            id: `it-${++created}`,
            title: body.title,
            travellers: body.travellers ?? 1,
            days: body.days
          };
          itineraries.set(item.id, item);
          return send(res, 201, item, { Location: `/itineraries/${item.id}`, ...echo });
        }
        return problem(res, 405, 'Method Not Allowed', `${method} is not allowed here`);
      }

      if (parts[0] === 'itineraries' && parts.length === 2) {
        const item = itineraries.get(decodeURIComponent(parts[1]));
        if (!item) return problem(res, 404, 'Not Found', `no itinerary '${parts[1]}'`);
        if (method === 'GET') return send(res, 200, item, echo);
        if (method === 'DELETE') {
          itineraries.delete(item.id);
          return send(res, 204, undefined, echo);
        }
        return problem(res, 405, 'Method Not Allowed', `${method} is not allowed here`);
      }

      if (testHooks && method === 'GET' && url.pathname === '/__test/slow') {
        const ms = Number(url.searchParams.get('ms') ?? slowMs);
        setTimeout(() => send(res, 200, { slept: ms }), ms);
        return;
      }
      if (testHooks && method === 'GET' && url.pathname === '/__test/flaky') {
        const key = url.searchParams.get('key') ?? '';
        const fail = Number(url.searchParams.get('fail') ?? 1);
        const seen = (flaky.get(key) ?? 0) + 1;
        flaky.set(key, seen);
        if (seen <= fail)
          return problem(res, 503, 'Service Unavailable', `flaky: failure ${seen} of ${fail}`);
        return send(res, 200, { attempts: seen });
      }

      problem(res, 404, 'Not Found', `no route for ${method} ${url.pathname}`);
    });
  });
  server.keepAliveTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}`;
      resolve({
        url,
        stop: () =>
          new Promise(done => {
            server.close(() => done());
            server.closeAllConnections();
          })
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url, stop } = await startItinerary({ port: Number(process.env.PORT ?? 8080) });
  console.log(url);
  const shutdown = () => void stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
