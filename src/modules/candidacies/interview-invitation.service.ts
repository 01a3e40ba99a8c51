import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { hasConsent } from '../consents/consent.service';
import { interviewInvitationScope } from './candidacy.access';
import { InterviewInvitation } from './candidacy.entity';
import type {
  InterviewInvitationView,
  ListInterviewInvitationsQuery,
  ShareIdentityInput,
} from './candidacy.schemas';
import { revealIdentity } from './candidacy.service';
import { INVITATION_STATUS_LABELS_NL } from './candidacy.views';
import { peopleWithConsent } from './consent-lookup';

// Interview invitations from the lifecoach's side: which ones wait for the person's consent, and
// sharing the person's name and chosen contact route with the employer once they agreed.

const POPULATE = [
  'candidacy',
  'candidacy.jobSeeker',
  'candidacy.vacancy',
  'candidacy.employer',
  'candidacy.jobSeeker.responsibleLifecoach',
] as const;

function toView(invitation: InterviewInvitation, consent: boolean): InterviewInvitationView {
  const { candidacy } = invitation;
  return {
    id: invitation.id,
    candidacyId: candidacy.id,
    status: invitation.status,
    statusLabel: INVITATION_STATUS_LABELS_NL[invitation.status],
    jobSeekerId: candidacy.jobSeeker.id,
    fullName: candidacy.jobSeeker.fullName,
    employerId: candidacy.employer.id,
    employerName: candidacy.employer.name,
    vacancyId: candidacy.vacancy.id,
    vacancyTitle: candidacy.vacancy.title,
    message: invitation.message ?? null,
    contactRoute: invitation.contactRoute ?? null,
    profileSharingConsent: consent,
    invitedAt: invitation.invitedAt.toISOString(),
    sharedAt: invitation.sharedAt?.toISOString() ?? null,
    version: invitation.version,
  };
}

async function consentOf(ctx: RequestContext, invitations: readonly InterviewInvitation[]) {
  const consenting = new Set<string>();
  for (const invitation of invitations) {
    const { jobSeeker, employer } = invitation.candidacy;
    const given = await peopleWithConsent(ctx.em, [jobSeeker.id], 'PROFILE_SHARING', employer.id);
    if (given.has(jobSeeker.id)) consenting.add(invitation.id);
  }
  return consenting;
}

/**
 * Interview invitations of the lifecoach's caseload (programme staff: all), oldest first. By default
 * the ones waiting for the person's answer: ask the person, record their consent to share their
 * profile with the employer, then share. Audited per person.
 */
/** The invitations with this status in the actor's scope. */
export const interviewInvitationsWhere = (
  ctx: RequestContext,
  status: ListInterviewInvitationsQuery['status'],
): FilterQuery<InterviewInvitation> => ({ $and: [{ status }, interviewInvitationScope(ctx.actor)] });

export const interviewInvitationsProbe = (
  ctx: RequestContext,
  status: ListInterviewInvitationsQuery['status'],
) => probe(InterviewInvitation, interviewInvitationsWhere(ctx, status));

export async function listInterviewInvitations(
  ctx: RequestContext,
  query: ListInterviewInvitationsQuery,
): Promise<Page<InterviewInvitationView>> {
  assertCan(ctx.actor, Permission.ReadInterviewInvitations);
  const page = await findPage(
    ctx.em,
    InterviewInvitation,
    interviewInvitationsWhere(ctx, query.status),
    query,
    { invitedAt: 'asc' },
  );
  await ctx.em.populate(page.items, POPULATE);
  const consent = await consentOf(ctx, page.items);
  for (const invitation of page.items) {
    recordAudit(ctx, {
      action: 'interview_invitation.listed',
      entityType: 'candidacy',
      entityId: invitation.candidacy.id,
      subjectId: invitation.candidacy.jobSeeker.id,
    });
  }
  await ctx.em.flush();
  return {
    items: page.items.map((invitation) => toView(invitation, consent.has(invitation.id))),
    nextCursor: page.nextCursor,
  };
}

/**
 * The person agreed: their lifecoach shares their name and the contact route they chose with the
 * employer. Needs the person's recorded consent to share their profile with this employer (422
 * otherwise). The reveal is audited as candidate.identity_revealed.
 */
export async function shareIdentity(
  ctx: RequestContext,
  id: string,
  input: ShareIdentityInput,
): Promise<InterviewInvitationView> {
  assertCan(ctx.actor, Permission.ShareCandidateIdentity);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const invitation = await findInScope(
      em,
      InterviewInvitation,
      id,
      interviewInvitationScope(ctx.actor),
      { nl: 'Deze uitnodiging voor een gesprek', en: 'Interview invitation' },
      POPULATE,
    );
    await em.lock(invitation, LockMode.PESSIMISTIC_WRITE);
    assertVersion(invitation, input.version);
    if (invitation.status !== 'WAITING_FOR_CONSENT') {
      throw new AppError(
        ProblemCode.InvalidTransition,
        invitation.status === 'SHARED'
          ? say({ nl: 'De gegevens zijn al gedeeld.', en: 'Already shared.' })
          : say({ nl: 'Deze uitnodiging is gesloten.', en: 'This invitation is closed.' }),
        undefined,
        { status: invitation.status },
      );
    }
    const { candidacy } = invitation;
    if (!(await hasConsent(em, candidacy.jobSeeker.id, 'PROFILE_SHARING', candidacy.employer.id))) {
      throw validationError(
        [
          {
            path: ['contactRoute'],
            message: say(
              {
                nl: 'Leg eerst vast dat de persoon toestemming geeft om het profiel te delen met {name}.',
                en: "Record the person's consent to share their profile with this employer first.",
              },
              { name: candidacy.employer.name },
            ),
          },
        ],
        say({
          nl: 'Zonder toestemming van de persoon deelt u geen gegevens.',
          en: 'No sharing without the person’s consent.',
        }),
      );
    }
    if (input.contactRoute === 'EMAIL' && !candidacy.jobSeeker.email) {
      throw validationError([
        {
          path: ['contactRoute'],
          message: say({ nl: 'Er staat geen e-mailadres genoteerd.', en: 'No email address on record.' }),
        },
      ]);
    }
    revealIdentity(tx, candidacy, invitation, input.contactRoute);
    await em.flush();
    return toView(invitation, true);
  });
}
