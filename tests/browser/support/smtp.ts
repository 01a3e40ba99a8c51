import type { ReceivedMail } from '../../support/smtp';

export { type ReceivedMail, type SmtpCapture, startSmtpServer } from '../../support/smtp';

/** The sign-in link in a sign-in mail. */
export function signInLinkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/inloggen\/link\?code=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no sign-in link in the mail:\n${mail.text}`);
  return link;
}
