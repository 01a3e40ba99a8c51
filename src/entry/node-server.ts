import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { App } from '../app';

/** How long, and for how many bytes, a body the app answered without reading is still read and dropped. */
const LINGER_MS = 10_000;
const LINGER_BYTES = 64 * 1024 * 1024;

/**
 * The app as a Node HTTP server (not listening yet).
 *
 * The app may answer before it has read a request's body: 413 for a declared length above the
 * limit, 401 without a valid token. Many clients only read the answer once they have sent the whole
 * body, so closing the connection at once (or after half a second, as @hono/node-server's own
 * clean-up does) leaves them with a broken pipe and no status. Instead the rest of the body is read
 * and dropped for a while — bounded in time and bytes — before the connection is closed.
 */
export function createNodeServer(app: Pick<App, 'fetch'>): Server {
  const server = createAdaptorServer({ fetch: app.fetch, autoCleanupIncoming: false }) as Server;
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    outgoing.once('finish', () => lingerOnUnreadBody(incoming));
  });
  return server;
}

function lingerOnUnreadBody(incoming: IncomingMessage) {
  if (incoming.readableEnded || incoming.destroyed) return;
  let bytes = 0;
  const stop = () => {
    clearTimeout(timer);
    incoming.socket?.destroy();
  };
  const timer = setTimeout(stop, LINGER_MS);
  timer.unref();
  incoming.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > LINGER_BYTES) stop();
  });
  incoming.once('end', () => clearTimeout(timer));
  incoming.once('error', () => clearTimeout(timer));
  incoming.resume();
}
