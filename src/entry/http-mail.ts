import type { MailMessage, MailTransport } from '../modules/mail/mail-message';
import type { Sender } from './mail-transports';

export type HttpMailSettings = {
  /** The API's send endpoint (MAIL_API_URL), e.g. https://api.resend.com/emails. */
  url: string;
  /** Its API key (the MAIL_API_TOKEN secret), sent as a bearer token. */
  token: string;
  sender: Sender;
};

const base64 = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The JSON body of the send call (Resend's shape: from, to, subject, text, html, reply_to, headers, attachments). */
export const httpMailBody = (sender: Sender, message: MailMessage) => ({
  from: sender.from,
  ...(sender.replyTo ? { reply_to: sender.replyTo } : {}),
  to: [message.to],
  subject: message.subject,
  text: message.text,
  ...(message.html ? { html: message.html } : {}),
  ...(message.headers && Object.keys(message.headers).length ? { headers: message.headers } : {}),
  ...(message.attachments?.length
    ? {
        attachments: message.attachments.map((attachment) => ({
          filename: attachment.filename,
          content: base64(attachment.content),
          content_type: attachment.contentType,
        })),
      }
    : {}),
});

/**
 * Mail through an HTTP mail API, for runtimes without SMTP sockets (Cloudflare Workers). Same
 * interface as SMTP on Node: a refused mail throws, so the outbox retries it.
 */
export function httpMail(settings: HttpMailSettings): MailTransport {
  return {
    async send(message) {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(httpMailBody(settings.sender, message)),
      });
      if (!response.ok) {
        // The API's answer may echo the address: only the status goes into the error.
        await response.body?.cancel();
        throw new Error(`mail API refused the mail: HTTP ${response.status}`);
      }
      await response.body?.cancel();
    },
  };
}
