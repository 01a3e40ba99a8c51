import { Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import type { SupportNeeds, TalentProfile } from '../assessments/answers';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import { recordAudit } from '../audit/audit.service';
import { ConsentRecord } from '../consents/consent.entity';
import { currentConsents } from '../consents/consent.service';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { LifecoachAssignment } from '../job-seekers/job-seeker.entity';
import { CandidatePseudonym } from '../matching/candidate-pseudonym.entity';
import { MeetAndGreetParticipant, ScheduledConversation } from '../meet-and-greets/meet-and-greet.entity';
import { Placement } from '../placements/placement.entity';
import { SegmentDecision } from '../readiness/segment-decision.entity';
import type { SegmentReason } from '../readiness/segmentation';
import { TrajectoryPlacement, TrajectoryProgressEntry } from '../trajectories/trajectory-placement.entity';
import { findOwnJobSeeker } from './own-record.access';

/**
 * Everything the service keeps about one person, for that person: the right of access. Codes stay
 * codes here (the JSON download is machine-readable); the pages put them into words.
 */
export type OwnRecord = Awaited<ReturnType<typeof collectOwnRecord>>;

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** The person's own record; the read is audited with the person as actor and subject. */
export async function getOwnRecord(ctx: RequestContext, purpose: 'viewed' | 'exported' = 'viewed') {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const record = await collectOwnRecord(ctx, jobSeeker);
  recordAudit(ctx, { action: `own_record.${purpose}`, entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return record;
}

async function collectOwnRecord(ctx: RequestContext, jobSeeker: JobSeeker) {
  const { em } = ctx;
  const [
    consents,
    consentHistory,
    profiles,
    decisions,
    assignments,
    trajectories,
    meetAndGreets,
    conversations,
    placements,
    pseudonyms,
  ] = await Promise.all([
    currentConsents(em, jobSeeker.id),
    em.find(
      ConsentRecord,
      { jobSeeker },
      { populate: ['employer'], orderBy: { recordedAt: 'desc', id: 'asc' } },
    ),
    em.find(TalentProfileRecord, { jobSeeker }, { orderBy: { profileNumber: 'desc' } }),
    em.find(SegmentDecision, { jobSeeker }, { orderBy: { decidedAt: 'desc', id: 'asc' } }),
    em.find(
      LifecoachAssignment,
      { jobSeeker },
      { populate: ['lifecoach'], orderBy: { startedAt: 'asc', id: 'asc' } },
    ),
    em.find(
      TrajectoryPlacement,
      { jobSeeker },
      { populate: ['offering', 'provider'], orderBy: { proposedAt: 'desc', id: 'asc' } },
    ),
    em.find(
      MeetAndGreetParticipant,
      { jobSeeker },
      { populate: ['meetAndGreet'], orderBy: { invitedAt: 'desc', id: 'asc' } },
    ),
    em.find(ScheduledConversation, { jobSeeker }, { populate: ['employer'], orderBy: { round: 'asc' } }),
    em.find(
      Placement,
      { jobSeeker },
      { populate: ['employer', 'vacancy'], orderBy: { createdAt: 'desc', id: 'asc' } },
    ),
    em.find(
      CandidatePseudonym,
      { jobSeeker },
      { populate: ['vacancy', 'vacancy.employer'], orderBy: { createdAt: 'asc' } },
    ),
  ]);
  const progress = trajectories.length
    ? await em.find(
        TrajectoryProgressEntry,
        { placement: { $in: trajectories.map((trajectory) => trajectory.id) } },
        { orderBy: { recordedAt: 'asc', id: 'asc' } },
      )
    : [];
  const latestProfile = profiles[0];
  const profile = latestProfile?.profile as Omit<TalentProfile, 'supportNeeds'> | undefined;

  return {
    registration: {
      fullName: jobSeeker.fullName,
      phone: jobSeeker.phone,
      email: jobSeeker.email ?? null,
      postcode: jobSeeker.postcodeFull ?? jobSeeker.postcode,
      dateOfBirth: jobSeeker.dateOfBirth ?? null,
      preferredLanguage: jobSeeker.preferredLanguage,
      referredBy: jobSeeker.referringOrganisation?.name ?? null,
      registeredAt: jobSeeker.createdAt.toISOString(),
      legalQualifications: jobSeeker.legalQualifications,
    },
    consents: {
      current: consents.map((consent) => ({
        purpose: consent.purpose,
        employerOrganisationId: consent.employerOrganisationId,
        employerName:
          consentHistory.find((record) => record.employer?.id === consent.employerOrganisationId)?.employer
            ?.name ?? null,
        given: consent.given,
        textVersion: consent.textVersion,
        recordedAt: consent.recordedAt,
      })),
      history: consentHistory.map((record) => ({
        purpose: record.purpose,
        employerName: record.employer?.name ?? null,
        given: record.given,
        textVersion: record.textVersion,
        recordedAt: record.recordedAt.toISOString(),
        byThePersonThemselves: record.recordedByUserId === ctx.actor.userId,
      })),
    },
    talentProfile:
      profile && latestProfile
        ? {
            madeAt: latestProfile.createdAt.toISOString(),
            profileNumber: latestProfile.profileNumber,
            strengthsSummary: profile.strengthsSummary,
            competenceLevels: profile.competenceLevels,
            interests: profile.interests,
            motivation: profile.motivation,
            wantedHours: profile.wantedHours,
            maxTravelKm: profile.maxTravelKm,
            contractWishes: profile.contractWishes,
            workingTimes: profile.workingTimes,
            mobility: profile.mobility,
            behaviourScores: profile.behaviourScores,
            workStyle: profile.workStyle,
            additionalAnswers: profile.additionalAnswers,
            // The person sees what only their lifecoach sees: it is about them.
            supportNeeds: latestProfile.supportNeeds as unknown as SupportNeeds,
            earlierProfiles: profiles.slice(1).map((earlier) => earlier.createdAt.toISOString()),
          }
        : null,
    segmentDecisions: decisions.map((decision) => ({
      segment: decision.segment,
      computedSegment: decision.computedSegment,
      reasons: (decision.reasons as SegmentReason[]).map((reason) => ({
        label: reason.labelNl,
        met: reason.met,
        explanation: reason.explanationNl,
      })),
      toMoveUp: decision.toMoveUp,
      overrideJustification: decision.overrideJustification ?? null,
      reviewDate: decision.reviewDate,
      decidedAt: decision.decidedAt.toISOString(),
      current: !decision.supersededAt,
    })),
    lifecoaches: assignments.map((assignment) => ({
      lifecoach: assignment.lifecoach.displayName,
      startedAt: assignment.startedAt.toISOString(),
      endedAt: iso(assignment.endedAt),
      handoverNote: assignment.handoverNote ?? null,
    })),
    currentLifecoach: jobSeeker.responsibleLifecoach.displayName,
    trajectories: trajectories.map((trajectory) => ({
      title: trajectory.offering.title,
      provider: trajectory.provider.name,
      status: trajectory.status,
      proposedAt: trajectory.proposedAt.toISOString(),
      startDate: trajectory.actualStartDate ?? trajectory.startDate ?? null,
      finishedOn: trajectory.finishedOn ?? null,
      handoverNote: trajectory.handoverNote,
      declineReason: trajectory.declineReason ?? null,
      withdrawReason: trajectory.withdrawReason ?? null,
      finishReason: trajectory.finishReason ?? null,
      attendance: trajectory.attendance ?? null,
      notes: progress
        .filter((entry) => entry.placement.id === trajectory.id && entry.note)
        .map((entry) => ({ recordedAt: entry.recordedAt.toISOString(), note: entry.note ?? '' })),
    })),
    meetAndGreets: meetAndGreets.map((participant) => ({
      title: participant.meetAndGreet.title,
      date: participant.meetAndGreet.eventDate,
      startTime: participant.meetAndGreet.startTime,
      place: participant.meetAndGreet.place,
      status: participant.status,
      attended: participant.attended ?? null,
      conversations: conversations
        .filter((conversation) => conversation.meetAndGreet.id === participant.meetAndGreet.id)
        .map((conversation) => ({ round: conversation.round, employer: conversation.employer.name })),
    })),
    placements: placements.map((placement) => ({
      employer: placement.employer.name,
      job: placement.vacancy.title,
      status: placement.status,
      startDate: placement.startDate ?? null,
      endDate: placement.endDate ?? null,
      contractType: placement.contractType,
      contractHoursPerWeek: placement.contractHoursPerWeek,
      paid: placement.paid,
      zeroHoursContract: placement.zeroHoursContract,
      endNote: placement.endNote ?? null,
    })),
    employersWhoKnowYourCode: pseudonyms.map((pseudonym) => ({
      employer: pseudonym.vacancy.employer.name,
      job: pseudonym.vacancy.title,
      code: pseudonym.code,
      since: pseudonym.createdAt.toISOString(),
    })),
  };
}
