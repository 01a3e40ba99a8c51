import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { AppError, type FieldError, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { addSignInLink } from '../auth/sign-in.service';
import { User } from '../users/user.entity';
import { USER_INVITATION_DAYS } from '../users/user.service';
import type { CadenceRules } from './cadence';
import type { GuideRole, InviteGuideInput } from './guide-invitation.schemas';
import { assertRelation, findPlacementInScope, relationTo } from './placement.access';
import type { Placement } from './placement.entity';
import type { PlacementView } from './placement.schemas';
import { placementView } from './placement.service';

/** What the caller mails: the sign-in link's secret exists only in this answer, never in the database. */
export type GuideInvitation = {
  role: GuideRole;
  user: { id: string; displayName: string; email: string; role: Role };
  accountCreated: boolean;
  secret: string;
  expiresAt: Date;
  employerName: string;
  vacancyTitle: string;
  invitedByName: string;
  placement: PlacementView;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

const emailError = (message: string): FieldError => ({ path: ['email'], message });

/**
 * Whether an existing account may be named in this role, as a field error when not. The message
 * never says whose an address outside the employer is, or what kind of account it has: that would
 * tell an employer who takes part in the programme.
 */
function refusalOf(user: User, placement: Placement, role: GuideRole): FieldError | null {
  if (user.organisation.id !== placement.employer.id || user.role === Role.JobSeeker) {
    return emailError(
      'Dit e-mailadres kunt u hier niet gebruiken. Gebruik het werkadres van uw collega, of vraag Warm Rotterdam om hulp.',
    );
  }
  if (!user.active) {
    return emailError(
      'Het account van deze collega staat uit. Vraag Warm Rotterdam om het weer aan te zetten.',
    );
  }
  if (role === 'MENTOR' && user.role !== Role.Mentor) {
    return emailError(
      'Deze collega heeft al een account met een andere rol dan mentor. Kies als mentor een collega die naast de nieuwe medewerker werkt.',
    );
  }
  return null;
}

/**
 * A recruiter (or programme staff) invites the mentor or the manager of a placement by name and
 * e-mail. An account of the employer's own organisation with that address is reused; otherwise a
 * new one is made there with the MENTOR or MANAGER role. The placement then names them, and a
 * sign-in link of USER_INVITATION_DAYS days is made for the mail (sent by the caller). The mentor
 * is never the manager. Everything is one unit of work: a refused invitation writes nothing.
 */
export async function inviteGuide(
  ctx: RequestContext,
  rules: CadenceRules,
  placementId: string,
  input: InviteGuideInput,
): Promise<GuideInvitation> {
  assertCan(ctx.actor, Permission.InvitePlacementGuides);
  const placement = await findPlacementInScope(ctx, placementId);
  const relation = relationTo(ctx.actor, placement);
  assertRelation(
    relation.recruiter || relation.programme,
    'Alleen de werkgever nodigt de mentor en de leidinggevende uit.',
  );
  if (placement.status === 'ENDED' || placement.status === 'CANCELLED') {
    throw new AppError(
      ProblemCode.InvalidTransition,
      'Deze plaatsing is afgesloten: er komt geen mentor of leidinggevende meer bij.',
      undefined,
      { status: placement.status },
    );
  }
  assertVersion(placement, input.version);

  const existing = await ctx.em.findOne(
    User,
    { email: { $ilike: escapeLike(input.email) } },
    { populate: ['organisation'] },
  );
  const refusal = existing ? refusalOf(existing, placement, input.role) : null;
  if (refusal) throw validationError([refusal]);
  const other = input.role === 'MENTOR' ? placement.manager : placement.mentor;
  if (existing && other?.id === existing.id) {
    throw validationError([
      emailError(
        input.role === 'MENTOR'
          ? 'Deze collega is al de leidinggevende. De mentor is iemand anders: een collega die naast de nieuwe medewerker werkt.'
          : 'Deze collega is al de mentor. De leidinggevende is iemand anders.',
      ),
    ]);
  }

  const user =
    existing ??
    ctx.em.create(User, {
      organisation: placement.employer,
      displayName: input.displayName,
      email: input.email,
      role: input.role === 'MENTOR' ? Role.Mentor : Role.Manager,
    });
  if (!existing) {
    recordAudit(ctx, { action: 'user.created', entityType: 'user', entityId: user.id, fields: ['role'] });
  }
  const field = input.role === 'MENTOR' ? 'mentor' : 'manager';
  if (placement[field]?.id !== user.id) {
    placement[field] = user;
    recordAudit(ctx, {
      action: 'placement.updated',
      entityType: 'placement',
      entityId: placement.id,
      subjectId: placement.jobSeeker.id,
      fields: [field],
    });
  }
  recordAudit(ctx, {
    action: 'placement.guide_invited',
    entityType: 'placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    fields: [field],
  });
  const link = await addSignInLink(ctx.em, user, ctx.now, USER_INVITATION_DAYS * 24 * 60);
  recordAudit(ctx, { action: 'user.invited', entityType: 'user', entityId: user.id });
  await ctx.em.flush();

  const inviter = await ctx.em.findOne(User, { id: ctx.actor.userId });
  return {
    role: input.role,
    user: { id: user.id, displayName: user.displayName, email: user.email, role: user.role },
    accountCreated: !existing,
    secret: link.secret,
    expiresAt: link.expiresAt,
    employerName: placement.employer.name,
    vacancyTitle: placement.vacancy.title,
    invitedByName: inviter?.displayName ?? placement.employer.name,
    placement: await placementView(ctx, rules, placement),
  };
}
