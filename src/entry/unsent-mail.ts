import type { MailTransport } from '../modules/mail/mail-message';

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
