import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeServer } from '../../src/entry/node-server';
import { problemSchema } from '../../src/http/openapi';
import type { TestUser } from '../support/factories';
import { createTestApp, TEST_BODY_LIMIT, type TestApp } from '../support/test-app';

// Body limits are a matter of the socket: these tests talk to the real Node server, as the entry
// starts it, listening on a random port of 127.0.0.1.

let t: TestApp;
let admin: TestUser;
let server: Server;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  server = createNodeServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client that sends the whole body slowly (longer than a second) before it reads the answer,
 * as many HTTP clients do. Returns the first line of the answer, its body, any write error and
 * whether the server closed the connection before the whole body was sent.
 */
async function slowUpload(headers: Record<string, string>, upload: string, chunks: number) {
  const { port } = server.address() as AddressInfo;
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (data) => {
    received += data.toString('latin1');
  });
  let writeError: string | null = null;
  socket.on('error', (error) => {
    writeError ??= (error as NodeJS.ErrnoException).code ?? error.message;
  });
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST /api/organisations HTTP/1.1\r\nHost: localhost\r\n${head}\r\n`);
  let closedByServer = false;
  socket.on('end', () => {
    closedByServer = true;
  });
  const size = Math.ceil(upload.length / chunks);
  let sent = 0;
  for (let i = 0; i < chunks && !writeError && !closedByServer && !socket.destroyed; i++) {
    socket.write(upload.slice(i * size, (i + 1) * size));
    sent++;
    await sleep(60);
  }
  const cutOff = sent < chunks || writeError !== null;
  for (let waited = 0; !received.includes('}') && waited < 3000; waited += 50) await sleep(50);
  socket.destroy();
  const [statusLine = ''] = received.split('\r\n');
  const body = received.slice(received.indexOf('\r\n\r\n') + 4);
  return { statusLine, body, writeError, cutOff };
}

describe('an oversized body at the real Node server', () => {
  it('answers 413 problem+json for a declared length above the limit, without a token', async () => {
    const res = await request(base)
      .post('/api/organisations')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(TEST_BODY_LIMIT * 4), kind: 'EMPLOYER' }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(res.body).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 with a token too, and still serves the next request', async () => {
    const res = await request(base)
      .post('/api/organisations')
      .set('authorization', `Bearer ${admin.token}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(TEST_BODY_LIMIT * 4), kind: 'EMPLOYER' }));
    expect(res.status).toBe(413);
    expect(problemSchema.parse(res.body).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await request(base).get('/health')).status).toBe(200);
  });

  it('gives a client that uploads slowly before reading its answer a 413, not a broken connection', async () => {
    const result = await slowUpload(
      { 'content-type': 'application/json', 'content-length': String(TEST_BODY_LIMIT * 8) },
      'a'.repeat(TEST_BODY_LIMIT * 8),
      20,
    );
    expect(result.cutOff).toBe(false);
    expect(result.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(problemSchema.parse(JSON.parse(result.body)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a chunked body above the limit with 401 without a token and 413 with one', async () => {
    const data = 'a'.repeat(TEST_BODY_LIMIT * 2);
    const chunked = `${data.length.toString(16)}\r\n${data}\r\n0\r\n\r\n`;
    const headers = { 'content-type': 'application/json', 'transfer-encoding': 'chunked' };
    const anonymous = await slowUpload(headers, chunked, 10);
    expect(anonymous.cutOff).toBe(false);
    expect(anonymous.statusLine).toBe('HTTP/1.1 401 Unauthorized');
    expect(problemSchema.parse(JSON.parse(anonymous.body)).code).toBe('UNAUTHENTICATED');
    const signedIn = await slowUpload({ ...headers, authorization: `Bearer ${admin.token}` }, chunked, 10);
    expect(signedIn.cutOff).toBe(false);
    expect(signedIn.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(problemSchema.parse(JSON.parse(signedIn.body)).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
