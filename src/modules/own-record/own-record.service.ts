import { Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import type { SupportNeeds, TalentProfile } from '../assessments/answers';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import { recordAudit } from '../audit/audit.service';
import { Candidacy, InterviewInvitation } from '../candidacies/candidacy.entity';
import { isOpenCandidacy } from '../candidacies/candidacy-rules';
import { ConsentRecord } from '../consents/consent.entity';
import { currentConsents } from '../consents/consent.service';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { LifecoachAssignment } from '../job-seekers/job-seeker.entity';
import { CandidatePseudonym } from '../matching/candidate-pseudonym.entity';
import { MeetAndGreetParticipant, ScheduledConversation } from '../meet-and-greets/meet-and-greet.entity';
import { roundTimes } from '../meet-and-greets/meet-and-greet-rules';
import { PlacementCheckIn, PlacementSupportNote } from '../placements/check-in.entity';
import { OnboardingPlanComment, OnboardingPlanItem } from '../placements/onboarding-plan.entity';
import { Placement } from '../placements/placement.entity';
import { SegmentDecision } from '../readiness/segment-decision.entity';
import { reactionsOf } from '../readiness/segment-reaction.service';
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
    candidacies,
    sharedInvitations,
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
    em.find(
      Candidacy,
      { jobSeeker },
      { populate: ['vacancy', 'employer'], orderBy: { createdAt: 'desc', id: 'asc' } },
    ),
    em.find(
      InterviewInvitation,
      { candidacy: { jobSeeker }, sharedAt: { $ne: null } },
      { populate: ['employer', 'candidacy', 'candidacy.vacancy'], orderBy: { sharedAt: 'asc', id: 'asc' } },
    ),
  ]);
  const placementIds = placements.map((placement) => placement.id);
  const [checkIns, supportNotes, planItems, planComments, reactions] = await Promise.all([
    placementIds.length
      ? em.find(
          PlacementCheckIn,
          { placement: { $in: placementIds } },
          { orderBy: { date: 'asc', recordedAt: 'asc' } },
        )
      : [],
    placementIds.length
      ? em.find(
          PlacementSupportNote,
          { placement: { $in: placementIds } },
          { orderBy: { recordedAt: 'asc' } },
        )
      : [],
    placementIds.length
      ? em.find(
          OnboardingPlanItem,
          { placement: { $in: placementIds } },
          { orderBy: { targetDate: 'asc', id: 'asc' } },
        )
      : [],
    placementIds.length
      ? em.find(
          OnboardingPlanComment,
          { placement: { $in: placementIds } },
          { orderBy: { createdAt: 'asc' } },
        )
      : [],
    reactionsOf(ctx, jobSeeker.id),
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
      id: decision.id,
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
      /** What the person said about this decision, and the lifecoach's answer. */
      reactions: reactions
        .filter((reaction) => reaction.decisionId === decision.id)
        .map(({ decisionId: _decision, version: _version, id: _id, ...reaction }) => reaction),
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
      progress: progress
        .filter((entry) => entry.placement.id === trajectory.id)
        .map((entry) => ({
          recordedAt: entry.recordedAt.toISOString(),
          type: entry.type,
          attendance: entry.attendance ?? null,
          observations: (entry.observations ?? []).map((observation) => ({
            competenceCode: observation.competenceCode,
            level: observation.level,
          })),
        })),
    })),
    meetAndGreets: meetAndGreets.map((participant) => ({
      meetAndGreetId: participant.meetAndGreet.id,
      version: participant.version,
      /** The person may still answer while the event is planned. */
      open: participant.meetAndGreet.status === 'PLANNED',
      scheduleFixed: participant.meetAndGreet.status !== 'PLANNED',
      title: participant.meetAndGreet.title,
      date: participant.meetAndGreet.eventDate,
      startTime: participant.meetAndGreet.startTime,
      place: participant.meetAndGreet.place,
      status: participant.status,
      attended: participant.attended ?? null,
      conversations: conversations
        .filter((conversation) => conversation.meetAndGreet.id === participant.meetAndGreet.id)
        .map((conversation) => {
          const time = roundTimes(participant.meetAndGreet)[conversation.round - 1];
          return {
            round: conversation.round,
            startTime: time?.startTime ?? null,
            endTime: time?.endTime ?? null,
            employer: conversation.employer.name,
          };
        }),
    })),
    matches: candidacies.map((candidacy) => ({
      id: candidacy.id,
      version: candidacy.version,
      employer: candidacy.employer.name,
      job: candidacy.vacancy.title,
      status: candidacy.status,
      open: isOpenCandidacy(candidacy.status),
      proposedAt: candidacy.createdAt.toISOString(),
      lastStepAt: candidacy.lastMovedAt.toISOString(),
      youSaidYesAt: iso(candidacy.personAgreedAt),
    })),
    employersWhoKnowYourName: sharedInvitations.map((invitation) => ({
      employer: invitation.employer.name,
      job: invitation.candidacy.vacancy.title,
      since: iso(invitation.sharedAt),
      contactRoute: invitation.contactRoute ?? null,
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
      onboardingPlan: planItems
        .filter((item) => item.placement.id === placement.id)
        .map((item) => ({
          kind: item.kind,
          title: item.title,
          description: item.description ?? null,
          targetDate: item.targetDate,
          status: item.status,
          comments: planComments
            .filter((comment) => comment.item?.id === item.id)
            .map((comment) => ({
              text: comment.text,
              by: comment.authorRole,
              at: comment.createdAt.toISOString(),
            })),
        })),
      planComments: planComments
        .filter((comment) => comment.placement.id === placement.id && !comment.item)
        .map((comment) => ({
          text: comment.text,
          by: comment.authorRole,
          at: comment.createdAt.toISOString(),
        })),
      conversations: checkIns
        .filter((checkIn) => checkIn.placement.id === placement.id)
        .map((checkIn) => ({
          kind: checkIn.kind,
          date: checkIn.date,
          report: checkIn.report,
          howItsGoing: checkIn.howItsGoing,
          agreedActions: checkIn.agreedActions,
        })),
      lifecoachNotes: supportNotes
        .filter((note) => note.placement.id === placement.id)
        .map((note) => ({ note: note.note, recordedAt: note.recordedAt.toISOString() })),
    })),
    employersWhoKnowYourCode: pseudonyms.map((pseudonym) => ({
      employer: pseudonym.vacancy.employer.name,
      job: pseudonym.vacancy.title,
      code: pseudonym.code,
      since: pseudonym.createdAt.toISOString(),
    })),
  };
}
