import type { DigestRecipientView } from '../placements/follow-up.schemas';
import { renderMail } from './mail-layout';

/** Where the conversations are recorded in the web app, per role. */
const followUpPathFor = (role: string) => (role === 'LIFECOACH' ? '/vandaag' : '/');

/**
 * The daily digest as an e-mail: the digest service's own Dutch message (not rewritten here), a
 * link into the web app and a footer with the settings page and the one-click unsubscribe link.
 */
export function digestMail(
  recipient: DigestRecipientView,
  links: { baseUrl: string; unsubscribeUrl: string },
): { subject: string; text: string; html: string } {
  const blocks = recipient.messageNl
    .split(/\n\n+/)
    .map((block) => block.trim())
    .filter(Boolean);
  const { text, html } = renderMail({
    blocks,
    link: {
      url: `${links.baseUrl}${followUpPathFor(recipient.user.role)}`,
      labelNl: 'Open Warm Rotterdam Werkt',
    },
    footer: [
      'Je krijgt deze e-mail omdat er vandaag een gesprek voor je klaarstaat.',
      `Welke e-mails je krijgt, kies je bij Mijn instellingen: ${links.baseUrl}/instellingen`,
      `Geen dagelijks overzicht meer? Meld je af: ${links.unsubscribeUrl}`,
    ],
  });
  return { subject: recipient.subjectNl, text, html };
}
