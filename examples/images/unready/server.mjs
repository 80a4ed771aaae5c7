// An itinerary release whose readiness never comes: every request, /health included, answers 503 while the cache it
// waits for stays empty, and each failed health check is logged.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 8080);
createServer((req, res) => {
  const body = JSON.stringify({
    status: 'unavailable',
    detail: 'the itinerary cache is still warming up (0 entries)'
  });
  if (req.url === '/health')
    console.error(`health: 503, the itinerary cache is still warming up (0 entries)`);
  res.writeHead(503, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}`));
