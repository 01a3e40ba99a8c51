import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpMail } from '../../src/entry/http-mail';

type Received = { method: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** A real HTTP server standing in for the mail API; answers `status`. */
async function mailApi(status: number) {
  const received: Received[] = [];
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on('end', () => {
      received.push({ method: request.method ?? '', headers: request.headers, body: JSON.parse(text) });
      response.writeHead(status, { 'content-type': 'application/json' }).end('{"to":"echoed@example.nl"}');
    });
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/emails`, received };
}

describe('httpMail: mail through an HTTP mail API (Workers)', () => {
  it('posts the message with the bearer token, sender, headers and base64 attachments', async () => {
    const api = await mailApi(200);
    const mail = httpMail({
      url: api.url,
      token: 'test-token-123',
      sender: { from: 'Warm Rotterdam Werkt <noreply@wrw.example>', replyTo: 'team@wrw.example' },
    });
    await mail.send({
      to: 'samira@example.nl',
      subject: 'Je agenda',
      text: 'Tekst',
      html: '<p>Tekst</p>',
      headers: { 'List-Unsubscribe': '<https://wrw.example/afmelden>' },
      attachments: [{ filename: 'agenda.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR é' }],
    });
    expect(api.received).toHaveLength(1);
    const [call] = api.received;
    expect(call?.method).toBe('POST');
    expect(call?.headers.authorization).toBe('Bearer test-token-123');
    expect(call?.body).toEqual({
      from: 'Warm Rotterdam Werkt <noreply@wrw.example>',
      reply_to: 'team@wrw.example',
      to: ['samira@example.nl'],
      subject: 'Je agenda',
      text: 'Tekst',
      html: '<p>Tekst</p>',
      headers: { 'List-Unsubscribe': '<https://wrw.example/afmelden>' },
      attachments: [
        {
          filename: 'agenda.ics',
          content: Buffer.from('BEGIN:VCALENDAR é', 'utf8').toString('base64'),
          content_type: 'text/calendar',
        },
      ],
    });
  });

  it('throws on a refusal, naming only the status (the outbox retries it)', async () => {
    const api = await mailApi(422);
    const mail = httpMail({ url: api.url, token: 'test-token-123', sender: { from: 'noreply@wrw.example' } });
    const sending = mail.send({ to: 'samira@example.nl', subject: 'Inloggen', text: 'Link' });
    await expect(sending).rejects.toThrow('mail API refused the mail: HTTP 422');
    await expect(sending).rejects.not.toThrow(/echoed/);
  });
});
