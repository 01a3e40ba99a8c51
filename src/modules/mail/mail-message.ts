// What the service hands to a mail transport. The runtime entry chooses the transport (SMTP on Node);
// modules and pages only build messages.

export type MailAttachment = { filename: string; contentType: string; content: string };

/** Every mail has a plain-text part; notification mails also an HTML part, headers and attachments. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. List-Unsubscribe and List-Unsubscribe-Post on every non-essential mail. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/** Sends one e-mail. The Node entry passes SMTP (nodemailer) or the outbox writer; the app knows neither. */
export type MailTransport = { send(message: MailMessage): Promise<void> };
