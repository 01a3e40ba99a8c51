import { type Role, worksAtAnEmployer } from '../../access/roles';
import { SIGN_IN_LINK_MINUTES } from '../../modules/auth/sign-in.service';
import type { MailMessage } from '../../modules/mail/mail-message';

/** Employers (recruiters, mentors, managers) are addressed with "u"; everyone else with "je". */
const formal = (role: Role) => worksAtAnEmployer(role);

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
