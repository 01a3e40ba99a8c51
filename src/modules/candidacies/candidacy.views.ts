import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import { CONTACT_ROUTE_LABELS_NL, type ContactRoute } from '../meet-and-greets/meet-and-greet-rules';
import { type Candidacy, type CandidacyTransition, InterviewInvitation } from './candidacy.entity';
import type {
  EmployerCandidacyDetail,
  EmployerCandidacyView,
  RevealedIdentity,
  StaffCandidacyDetail,
  StaffCandidacyView,
} from './candidacy.schemas';
import {
  CANDIDACY_REASON_LABELS_NL,
  CANDIDACY_STATUS_LABELS_NL,
  type CandidacyReasonCode,
  type CandidacyStatus,
  isOpenCandidacy,
  type Mover,
  nextSteps,
} from './candidacy-rules';
import { type EmployerIdentity, loadEmployerIdentity } from './employer-identity';

// View builders for candidacies, one per audience. An employer sees the candidate code; the name and
// the contact route only while the person's consent to share their profile with this employer holds,
// after an interview invitation was shared, and while the candidacy runs (or led to a hire).
// Free-text notes are for programme staff only; reasons for steps on the person's side are not shown
// to employers. Relations used must be populated: CANDIDACY_POPULATE.

export const CANDIDACY_POPULATE = [
  'vacancy',
  'employer',
  'jobSeeker',
  'jobSeeker.responsibleLifecoach',
] as const;

export const INVITATION_STATUS_LABELS_NL: Record<InterviewInvitation['status'], string> = {
  WAITING_FOR_CONSENT: 'Wacht op toestemming van de kandidaat',
  SHARED: 'Gegevens gedeeld',
  CLOSED: 'Gesloten',
};

export const moverOf = (actor: Actor): Mover =>
  actor.role === Role.EmployerRecruiter
    ? 'EMPLOYER'
    : actor.role === Role.Lifecoach
      ? 'LIFECOACH'
      : 'PROGRAMME';

const isEmployerSide = (actor: Actor) => actor.role === Role.EmployerRecruiter;

/** Reasons an employer may read: its own (not selected) and the vacancy's (closed). */
const reasonForEmployer = (to: CandidacyStatus, reasonCode: string | null): CandidacyReasonCode | null =>
  to === 'NOT_SELECTED' || to === 'VACANCY_CLOSED'
    ? ((reasonCode as CandidacyReasonCode | null) ?? null)
    : null;

const reasonLabel = (code: CandidacyReasonCode | null) => (code ? CANDIDACY_REASON_LABELS_NL[code] : null);

const DAY_MS = 24 * 60 * 60 * 1000;

/** The employer identity of each candidacy (by candidacy id: codes, consent) and its invitation. */
export type CandidacyViewData = EmployerIdentity & {
  invitations: Map<string, InterviewInvitation>;
};

/** What the views of these candidacies need, in a few queries. */
export async function loadViewData(
  em: EntityManager,
  candidacies: readonly Candidacy[],
): Promise<CandidacyViewData> {
  const { codes, sharingConsent } = await loadEmployerIdentity(
    em,
    candidacies.map((candidacy) => ({
      key: candidacy.id,
      jobSeekerId: candidacy.jobSeeker.id,
      vacancyId: candidacy.vacancy.id,
      employerId: candidacy.employer.id,
    })),
  );
  const invitations = new Map<string, InterviewInvitation>();
  if (candidacies.length > 0) {
    for (const invitation of await em.find(InterviewInvitation, {
      candidacy: { $in: candidacies.map((candidacy) => candidacy.id) },
    }))
      invitations.set(invitation.candidacy.id, invitation);
  }
  return { codes, invitations, sharingConsent };
}

/** Whether the employer may see who this is now. */
export function identityVisible(candidacy: Candidacy, data: CandidacyViewData): boolean {
  const invitation = data.invitations.get(candidacy.id);
  return (
    invitation?.status === 'SHARED' &&
    (isOpenCandidacy(candidacy.status) || candidacy.status === 'HIRED') &&
    data.sharingConsent.has(candidacy.id)
  );
}

function identityOf(candidacy: Candidacy, route: ContactRoute): RevealedIdentity {
  const person = candidacy.jobSeeker;
  const lifecoach = person.responsibleLifecoach;
  const effective: ContactRoute = route === 'EMAIL' && !person.email ? 'VIA_LIFECOACH' : route;
  return {
    fullName: person.fullName,
    contact: {
      route: effective,
      routeLabel: CONTACT_ROUTE_LABELS_NL[effective],
      phone: effective === 'PHONE' ? person.phone : null,
      email: effective === 'EMAIL' ? (person.email ?? null) : null,
      lifecoach: { displayName: lifecoach.displayName, email: lifecoach.email },
    },
  };
}

function common(actor: Actor, candidacy: Candidacy, data: CandidacyViewData) {
  const employerSide = isEmployerSide(actor);
  const reasonCode = employerSide
    ? reasonForEmployer(candidacy.status, candidacy.reasonCode ?? null)
    : ((candidacy.reasonCode as CandidacyReasonCode | null) ?? null);
  return {
    id: candidacy.id,
    vacancyId: candidacy.vacancy.id,
    vacancyTitle: candidacy.vacancy.title,
    meetAndGreetId: candidacy.meetAndGreet?.id ?? null,
    candidateCode: data.codes.get(candidacy.id) as string,
    status: candidacy.status,
    statusLabel: CANDIDACY_STATUS_LABELS_NL[candidacy.status],
    reasonCode,
    reasonLabel: reasonLabel(reasonCode),
    lastMovedAt: candidacy.lastMovedAt.toISOString(),
    nextSteps: nextSteps(candidacy.status, moverOf(actor)),
    version: candidacy.version,
  };
}

function invitationFields(invitation: InterviewInvitation | undefined) {
  return invitation
    ? {
        id: invitation.id,
        status: invitation.status,
        statusLabel: INVITATION_STATUS_LABELS_NL[invitation.status],
        message: invitation.message ?? null,
        invitedAt: invitation.invitedAt.toISOString(),
        sharedAt: invitation.sharedAt?.toISOString() ?? null,
      }
    : null;
}

export function toEmployerCandidacyView(
  actor: Actor,
  candidacy: Candidacy,
  data: CandidacyViewData,
): EmployerCandidacyView {
  const invitation = data.invitations.get(candidacy.id);
  return {
    view: 'EMPLOYER',
    ...common(actor, candidacy, data),
    invitation: invitationFields(invitation),
    identity:
      invitation && identityVisible(candidacy, data)
        ? identityOf(candidacy, invitation.contactRoute ?? 'VIA_LIFECOACH')
        : null,
  };
}

export function toStaffCandidacyView(
  actor: Actor,
  candidacy: Candidacy,
  data: CandidacyViewData,
  now: Date,
): StaffCandidacyView {
  const invitation = data.invitations.get(candidacy.id);
  const fields = invitationFields(invitation);
  const lifecoach = candidacy.jobSeeker.responsibleLifecoach;
  return {
    view: 'STAFF',
    ...common(actor, candidacy, data),
    employerId: candidacy.employer.id,
    employerName: candidacy.employer.name,
    jobSeekerId: candidacy.jobSeeker.id,
    fullName: candidacy.jobSeeker.fullName,
    lifecoach: { id: lifecoach.id, displayName: lifecoach.displayName },
    daysSinceLastMove: Math.max(0, Math.floor((now.getTime() - candidacy.lastMovedAt.getTime()) / DAY_MS)),
    invitation: fields && invitation ? { ...fields, contactRoute: invitation.contactRoute ?? null } : null,
  };
}

export const toCandidacyView = (actor: Actor, candidacy: Candidacy, data: CandidacyViewData, now: Date) =>
  isEmployerSide(actor)
    ? toEmployerCandidacyView(actor, candidacy, data)
    : toStaffCandidacyView(actor, candidacy, data, now);

export function toCandidacyDetail(
  actor: Actor,
  candidacy: Candidacy,
  data: CandidacyViewData,
  transitions: readonly CandidacyTransition[],
  now: Date,
): EmployerCandidacyDetail | StaffCandidacyDetail {
  const employerSide = isEmployerSide(actor);
  const steps = transitions.map((step) => {
    const reasonCode = employerSide
      ? reasonForEmployer(step.toStatus, step.reasonCode ?? null)
      : ((step.reasonCode as CandidacyReasonCode | null) ?? null);
    const base = {
      from: step.fromStatus ?? null,
      to: step.toStatus,
      toLabel: CANDIDACY_STATUS_LABELS_NL[step.toStatus],
      at: step.occurredAt.toISOString(),
      reasonCode,
      reasonLabel: reasonLabel(reasonCode),
      mover: step.mover,
      byYourOrganisation: step.actorOrganisationId === actor.organisationId,
    };
    if (employerSide) return base;
    return {
      ...base,
      actorUserId: step.actorUserId ?? null,
      ...(actor.role === Role.ProgrammeAdmin ? { note: step.note ?? null } : {}),
    };
  });
  return employerSide
    ? { ...toEmployerCandidacyView(actor, candidacy, data), transitions: steps }
    : {
        ...toStaffCandidacyView(actor, candidacy, data, now),
        transitions: steps as StaffCandidacyDetail['transitions'],
      };
}
