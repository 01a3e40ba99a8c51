import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailMessage, MailTransport } from '../web/web-context';

/** Mail over SMTP (SMTP_URL), from MAIL_FROM. */
export function smtpMail(smtpUrl: string, from: string): MailTransport {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

const NOT_SENT = 'NIET VERSTUURD / NOT SENT';

/**
 * Without SMTP_URL on the embedded database: the mail is not sent but written to the console and to
 * DATA_DIR/outbox/ as an .eml file, both clearly marked as not sent, so a newcomer can still sign in.
 */
export function outboxMail(
  outboxDir: string,
  from: string,
  print: (text: string) => void = console.log,
): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message: MailMessage) {
      const built = await builder.sendMail({
        from,
        to: message.to,
        subject: `[${NOT_SENT}] ${message.subject}`,
        text: message.text,
        headers: { 'X-Warm-Rotterdam-Werkt': `${NOT_SENT}: no SMTP_URL is set` },
      });
      await mkdir(outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
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

/**
 * A real database without SMTP_URL: sign-in links must not end up in a log anyone can read, so the
 * mail is dropped with a warning that names no link and no address.
 */
export function unsentMail(warn: (message: string) => void): MailTransport {
  return {
    async send() {
      warn('Sign-in mail not sent: set SMTP_URL (without it, only the embedded database writes an outbox).');
    },
  };
}
