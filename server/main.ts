import { createApp } from './app.js';
import { configFrom } from './config.js';
import { createHttpServer } from './connections.js';

/**
 * `npm start`: the reference server on one port, the demo page and the API together.
 * Settings come from the environment; see server/README.md, "Settings".
 */
let config;
try {
  config = configFrom(process.env, undefined, (message) => console.warn(`server: ${message}`));
} catch (error) {
  console.error(`server: ${(error as Error).message}`);
  process.exit(1);
}
let app: Awaited<ReturnType<typeof createApp>>;
try {
  app = await createApp(config);
} catch (error) {
  // A refusal to start (a data folder in use, a database that cannot be reached) is a message, not a stack trace.
  console.error(`server: ${(error as Error).message}`);
  process.exit(1);
}
const server = createHttpServer(app.handle, config);

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `server: port ${config.port} is in use; set PORT to another one` : `server: ${error.message}`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const where = `http://${host}:${port}`;
  console.log(`Event elements reference server (${app.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL'}, ${app.events.size} event${app.events.size === 1 ? '' : 's'})`);
  if (config.demoDir) console.log(`  Demo: ${where}/demo/`);
  console.log(`  API:  ${where}/api/events`);
  console.log(`  Mail: ${app.mail}`);
  if (config.adminToken) console.log(`  Organiser: ${where}/organiser/`);
  else console.log('  Organiser routes are off (set ADMIN_TOKEN to turn them on).');
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close(() => void app.close().then(() => process.exit(0)));
  server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
