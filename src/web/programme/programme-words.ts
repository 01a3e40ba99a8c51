import {
  type OrganisationKind,
  organisationKindOfRole,
  type Role,
  staffRoles,
  worksAtAnEmployer,
} from '../../access/roles';
import type { MailMessage } from '../../modules/mail/mail-message';
import { USER_INVITATION_DAYS } from '../../modules/users/user.service';
import { formatDate, roleLabels } from '../labels';

/** The kinds of organisation in plain Dutch (B1). Pure. */
export const organisationKindLabels: Record<OrganisationKind, string> = {
  PROGRAMME: 'Warm Rotterdam Werkt zelf',
  PARTNER: 'Partnerorganisatie (meldt mensen aan)',
  EMPLOYER: 'Werkgever',
  TRAJECTORY_PROVIDER: 'Aanbieder van leer-werktrajecten',
};

export const organisationKindShortLabels: Record<OrganisationKind, string> = {
  PROGRAMME: 'Programma',
  PARTNER: 'Partner',
  EMPLOYER: 'Werkgever',
  TRAJECTORY_PROVIDER: 'Trajecten',
};

/** What each role may do, in one line, so whoever picks a role knows what it gives. */
export const roleExplanations: Record<Role, string> = {
  PROGRAMME_ADMIN: 'beheert organisaties, gebruikers en Meet & Greets, en ziet alles',
  LIFECOACH: 'begeleidt werkzoekenden en doet het assessment',
  PARTNER_WORKER: 'meldt werkzoekenden aan en ziet alleen hun aanmelding',
  EMPLOYER_RECRUITER: 'plaatst vacatures en bekijkt shortlists zonder namen',
  MENTOR: 'begeleidt een nieuwe medewerker op het werk',
  MANAGER: 'geeft een nieuwe medewerker elke twee weken feedback, en ziet alleen die medewerkers',
  TRAJECTORY_COORDINATOR: 'biedt leer-werktrajecten aan en volgt de deelnemers',
  JOB_SEEKER: 'ziet de eigen gegevens',
  ADVISORY_GROUP: 'leest de rapportages van het programma, niets over één persoon',
};

/** The staff roles an organisation of this kind can have (a mentor at an employer, a lifecoach at the programme). */
export const rolesForKind = (kind: OrganisationKind): Role[] =>
  staffRoles.filter((role) => organisationKindOfRole[role] === kind);

export const roleOptions = (kind: OrganisationKind) =>
  rolesForKind(kind).map((role) => ({
    value: role,
    label: `${roleLabels[role]}: ${roleExplanations[role]}`,
  }));

/** Employers, mentors and managers are addressed with "u"; everyone else with "je" (as the sign-in mail does). */
const formal = worksAtAnEmployer;

/** The mail a new staff account gets: who invited them, what for, and the sign-in link. Pure. */
export function invitationMail(
  invitation: { to: string; displayName: string; role: Role; organisationName: string; expiresAt: Date },
  link: string,
  baseUrl: string,
): MailMessage {
  const role = roleLabels[invitation.role].toLowerCase();
  const until = formatDate(invitation.expiresAt);
  const text = formal(invitation.role)
    ? [
        `Beste ${invitation.displayName},`,
        '',
        `Warm Rotterdam Werkt heeft een account voor u gemaakt, als ${role} bij ${invitation.organisationName}.`,
        'Open deze link om de eerste keer in te loggen:',
        '',
        link,
        '',
        `De link werkt ${USER_INVITATION_DAYS} dagen (tot en met ${until}), en maar één keer.`,
        `Daarna logt u in op ${baseUrl}/inloggen met dit e-mailadres. U heeft geen wachtwoord nodig.`,
      ]
    : [
        `Hallo ${invitation.displayName},`,
        '',
        `Warm Rotterdam Werkt heeft een account voor je gemaakt, als ${role} bij ${invitation.organisationName}.`,
        'Open deze link om de eerste keer in te loggen:',
        '',
        link,
        '',
        `De link werkt ${USER_INVITATION_DAYS} dagen (tot en met ${until}), en maar één keer.`,
        `Daarna log je in op ${baseUrl}/inloggen met dit e-mailadres. Je hebt geen wachtwoord nodig.`,
      ];
  return {
    to: invitation.to,
    subject: formal(invitation.role)
      ? 'Uw account bij Warm Rotterdam Werkt'
      : 'Je account bij Warm Rotterdam Werkt',
    text: [...text, '', 'Groet,', 'Warm Rotterdam Werkt'].join('\n'),
  };
}
