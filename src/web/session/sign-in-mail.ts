import { Role } from '../../access/roles';
import { SIGN_IN_LINK_MINUTES } from '../../modules/auth/sign-in.service';
import type { MailMessage } from '../../modules/mail/mail-message';

/** Employers are addressed with "u"; job seekers, lifecoaches and everyone else with "je". */
const formal = (role: Role) => role === Role.EmployerRecruiter || role === Role.Mentor;

export function signInMail(
  to: { email: string; displayName: string; role: Role },
  link: string,
): MailMessage {
  const text = formal(to.role)
    ? [
        `Beste ${to.displayName},`,
        '',
        'U vroeg om in te loggen bij Warm Rotterdam Werkt. Open deze link om in te loggen:',
        '',
        link,
        '',
        `De link werkt ${SIGN_IN_LINK_MINUTES} minuten, en maar één keer.`,
        'Heeft u dit niet gevraagd? Dan hoeft u niets te doen.',
      ]
    : [
        `Hallo ${to.displayName},`,
        '',
        'Je vroeg om in te loggen bij Warm Rotterdam Werkt. Open deze link om in te loggen:',
        '',
        link,
        '',
        `De link werkt ${SIGN_IN_LINK_MINUTES} minuten, en maar één keer.`,
        'Heb je dit niet gevraagd? Dan hoef je niets te doen.',
      ];
  return {
    to: to.email,
    subject: 'Inloggen bij Warm Rotterdam Werkt',
    text: [...text, '', 'Groet,', 'Warm Rotterdam Werkt'].join('\n'),
  };
}
