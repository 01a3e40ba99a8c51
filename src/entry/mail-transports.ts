import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailMessage, MailTransport } from '../modules/mail/mail-message';

export type Sender = { from: string; replyTo?: string | undefined };

/** The nodemailer form of a message: plain text, optional HTML, headers and attachments. */
const envelope = (sender: Sender, message: MailMessage) => ({
  from: sender.from,
  ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
  to: message.to,
  subject: message.subject,
  text: message.text,
  ...(message.html ? { html: message.html } : {}),
  headers: message.headers ?? {},
  attachments: (message.attachments ?? []).map((attachment) => ({ ...attachment })),
});

/** Mail over SMTP (SMTP_URL), from MAIL_FROM (reply-to MAIL_REPLY_TO). A refused mail throws. */
export function smtpMail(smtpUrl: string, sender: Sender | string): MailTransport {
  const transport = nodemailer.createTransport(smtpUrl);
  const from = typeof sender === 'string' ? { from: sender } : sender;
  return {
    async send(message) {
      await transport.sendMail(envelope(from, message));
    },
  };
}

// The developer's outbox: marked in Dutch, like the mails themselves.
const NOT_SENT = 'NIET VERSTUURD';

/**
 * Without SMTP_URL on the embedded database: the mail is not sent but written to the console and to
 * DATA_DIR/outbox/ as an .eml file, both clearly marked as not sent, so a newcomer can still sign in.
 */
export function outboxMail(
  outboxDir: string,
  sender: Sender | string,
  print: (text: string) => void = console.log,
): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message: MailMessage) {
      const from = typeof sender === 'string' ? { from: sender } : sender;
      const built = await builder.sendMail({
        ...envelope(from, message),
        subject: `[${NOT_SENT}] ${message.subject}`,
        headers: { ...message.headers, 'X-Warm-Rotterdam-Werkt': `${NOT_SENT}: no SMTP_URL is set` },
      });
      await mkdir(outboxDir, { recursive: true });
      const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID().slice(0, 8)}`;
      const file = join(outboxDir, `${stamp}-not-sent.eml`);
      await writeFile(file, built.message as Buffer, { mode: 0o600 });
      print(
        [
          `---- ${NOT_SENT}: e-mail to ${message.to} (no SMTP_URL; saved as ${file}) ----`,
          `Subject: ${message.subject}`,
          '',
          message.text,
          '---- end of e-mail ----',
        ].join('\n'),
      );
    },
  };
}

export { unsentMail } from './unsent-mail';
