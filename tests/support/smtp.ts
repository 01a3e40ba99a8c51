import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type MailPart = { contentType: string; headers: Record<string, string>; body: string };
export type ReceivedMail = {
  to: string[];
  raw: string;
  /** Every text part decoded and joined: what a reader could see. */
  text: string;
  headers: Record<string, string>;
  parts: MailPart[];
};

/** Undoes quoted-printable (soft line breaks, =XX bytes), as a mail client would before showing the text. */
export function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(joined[i]));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The leaf parts of a MIME message, decoded (quoted-printable, base64), as a mail client reads them. */
function leafParts(entity: string): MailPart[] {
  const split = entity.search(/\r?\n\r?\n/);
  const headers = parseHeaders(split < 0 ? entity : entity.slice(0, split));
  const body = split < 0 ? '' : entity.slice(split).replace(/^\r?\n\r?\n/, '');
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => leafParts(part.replace(/^\r?\n/, '')));
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const decoded =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return [{ contentType, headers, body: decoded }];
}

/** Decodes an RFC 2047 encoded header (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replaceAll('_', ' ')),
  );
}

/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps what arrives, so a test reads each mail
 * exactly as it went over the wire. `rejectFirst`: refuse that many messages first (451), as a
 * mail server with a passing problem does.
 */
export async function startSmtpServer(options: { rejectFirst?: number } = {}) {
  const received: ReceivedMail[] = [];
  let toReject = options.rejectFirst ?? 0;
  let rejected = 0;
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toReject > 0) {
          toReject--;
          rejected++;
          const error = Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const headerEnd = raw.search(/\r?\n\r?\n/);
        const parts = leafParts(raw);
        const to = session.envelope.rcptTo.map((address) => address.address);
        const mail: ReceivedMail = {
          to,
          raw,
          headers: parseHeaders(raw.slice(0, Math.max(headerEnd, 0))),
          parts,
          text: parts
            .filter((part) => part.contentType.startsWith('text/'))
            .map((part) => part.body)
            .join('\n'),
        };
        received.push(mail);
        for (const waiter of [...waiting]) {
          if (to.includes(waiter.to)) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejected: () => rejected,
    /** The next mail that arrives for this address. Call it before the action that sends the mail. */
    nextMailTo(to: string, timeoutMs = 10_000): Promise<ReceivedMail> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no mail to ${to} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push({
          to,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpCapture = Awaited<ReturnType<typeof startSmtpServer>>;
