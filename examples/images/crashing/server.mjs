// An itinerary release that needs a database: without ITINERARY_DATABASE_URL it refuses to start (exit 78,
// EX_CONFIG); with it, it connects first and exits 1 when nothing answers. Either way it never listens.
import { connect } from 'node:net';

console.log(`itinerary 2.0.0 starting on port ${process.env.PORT ?? 8080}`);
const url = process.env.ITINERARY_DATABASE_URL;
if (!url) {
  console.error('itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database');
  process.exit(78);
}
const { hostname, port } = new URL(url);
const socket = connect(Number(port || 5432), hostname);
socket.once('connect', () => {
  console.error(
    `itinerary: ${hostname}:${port} answered, but this release has no schema migrations; stopping`
  );
  process.exit(1);
});
socket.once('error', error => {
  console.error(`itinerary: cannot reach the itinerary database at ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
