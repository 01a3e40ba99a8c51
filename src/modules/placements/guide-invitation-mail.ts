import type { Logger } from '../../http/logger';
import { formatDate } from '../calendar/dutch-dates';
import type { MailMessage, MailTransport } from '../mail/mail-message';
import { USER_INVITATION_DAYS } from '../users/user.service';
import type { GuideInvitation } from './guide-invitation.service';

const TASK_NL = {
  MENTOR:
    'Als mentor werkt u naast de nieuwe collega, helpt u bij het inwerken en legt u uw gesprekken kort vast.',
  MANAGER:
    'Als leidinggevende geeft u de nieuwe collega minstens elke twee weken feedback, en legt u elk gesprek kort vast.',
} as const;

const ROLE_NL = { MENTOR: 'mentor', MANAGER: 'leidinggevende' } as const;

/**
 * The e-mail to an invited mentor or manager, in plain Dutch ("u"): who asks, for which job, what
 * the task is and the sign-in link. It never names the new employee: the employer side learns the
 * name only after the person agreed to share it, and then in the web app. Pure.
 */
export function guideInvitationMail(
  invitation: Pick<
    GuideInvitation,
    'role' | 'user' | 'accountCreated' | 'expiresAt' | 'employerName' | 'vacancyTitle' | 'invitedByName'
  >,
  link: string,
  baseUrl: string,
): MailMessage {
  const role = ROLE_NL[invitation.role];
  return {
    to: invitation.user.email,
    subject: `Uitnodiging: ${role} van een nieuwe collega bij ${invitation.employerName}`,
    text: [
      `Beste ${invitation.user.displayName},`,
      '',
      `${invitation.invitedByName} van ${invitation.employerName} vraagt u om ${role} te zijn van een nieuwe collega, in de functie ${invitation.vacancyTitle}.`,
      'Warm Rotterdam Werkt begeleidt deze collega bij de start van het werk.',
      TASK_NL[invitation.role],
      '',
      invitation.accountCreated
        ? 'Er is een account voor u gemaakt. Open deze link om de eerste keer in te loggen:'
        : 'Open deze link om in te loggen:',
      '',
      link,
      '',
      `De link werkt ${USER_INVITATION_DAYS} dagen (tot en met ${formatDate(invitation.expiresAt)}), en maar één keer.`,
      `Daarna logt u in op ${baseUrl}/inloggen met dit e-mailadres. U heeft geen wachtwoord nodig.`,
      '',
      'Groet,',
      'Warm Rotterdam Werkt',
    ].join('\n'),
  };
}

/** The link in the mail: the web app's sign-in page for this secret. */
export const guideSignInLink = (baseUrl: string, secret: string) => `${baseUrl}/inloggen/link?code=${secret}`;

/**
 * Sends the invitation mail; answers whether it went out. A refused mail is logged (without the
 * link) and answered false: the invitation stands, and asking again sends a new link.
 */
export async function sendGuideInvitation(
  deps: {
    mail: MailTransport;
    publicBaseUrl: () => string;
    logger: Pick<Logger, 'error'>;
  },
  invitation: GuideInvitation,
  requestId: string,
): Promise<boolean> {
  const base = deps.publicBaseUrl();
  try {
    await deps.mail.send(guideInvitationMail(invitation, guideSignInLink(base, invitation.secret), base));
    return true;
  } catch (error) {
    deps.logger.error('guide invitation mail not sent', {
      requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}
