import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, can, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import {
  AppError,
  conflict,
  type FieldError,
  notFound,
  ProblemCode,
  validationError,
} from '../../http/problem';
import { instrumentVersion, type ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { hasConsent } from '../consents/consent.service';
import { noteContactByLifecoach } from '../job-seekers/first-contact.service';
import { jobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { segmentationMoment } from '../readiness/review-dates';
import {
  deciderNamesOf,
  recordSegmentDecision,
  toSegmentDecisionView,
} from '../readiness/segment-decision.service';
import {
  type SegmentDecision as ComputedSegmentDecision,
  segmentProfile,
  segmentRedPhase,
} from '../readiness/segmentation';
import {
  type AnswerPatch,
  type Answers,
  type AnswerValue,
  computeRedPhaseRecord,
  computeTalentProfile,
  isRedPhase,
  mergeAnswers,
  missingRequiredItems,
  RED_PHASE_REFUSAL,
  redPhaseConflicts,
  shareableProfile,
  validateAnswerPatch,
  validateCompletionInput,
} from './answers';
import { Assessment, type Evidence, TalentProfileRecord } from './assessment.entity';
import type {
  AddEvidenceInput,
  AssessmentCompletionView,
  AssessmentSummaryView,
  AssessmentView,
  CompleteAssessmentInput,
  SaveAnswersInput,
} from './assessment.schemas';
import { EMPLOYER_SUMMARY_REFUSAL, revealingWords, rewriteAdvice } from './employer-summary';
import { type Instrument, type InstrumentItem, SECTION_IDS, type SectionId } from './instrument';
import { recordInstrumentUse } from './instrument-usage';
import { specialCategoryPaths } from './special-categories';
import { toTalentProfileSummary } from './talent-profile.service';

/** Evidence items per assessment, as completionInputSchema allows them in a profile. */
const MAX_EVIDENCE = 30;

// ---------------------------------------------------------------------------------------------
// Views

export const toAssessmentSummary = (assessment: Assessment): AssessmentSummaryView => ({
  id: assessment.id,
  jobSeekerId: assessment.jobSeeker.id,
  startedByUserId: assessment.lifecoachUserId,
  instrumentVersion: assessment.instrumentVersion,
  status: assessment.status,
  startedAt: assessment.startedAt.toISOString(),
  completedAt: assessment.completedAt?.toISOString() ?? null,
  updatedAt: assessment.updatedAt.toISOString(),
  version: assessment.version,
});

const isSensitive = (instrument: Instrument, section: SectionId, itemId: string): boolean => {
  const items: readonly InstrumentItem[] = instrument.sections[section].items;
  const item = items.find((candidate) => candidate.id === itemId);
  return item !== undefined && 'sensitive' in item && item.sensitive === true;
};

/** Answers without the sensitive items (support needs) for a role that may not read those. */
function visibleAnswers(instrument: Instrument, answers: Answers, seesSupportNeeds: boolean): Answers {
  if (seesSupportNeeds) return answers;
  const visible: Answers = {};
  for (const section of SECTION_IDS) {
    const kept = Object.entries(answers[section] ?? {}).filter(
      ([itemId]) => !isSensitive(instrument, section, itemId),
    );
    if (kept.length > 0) visible[section] = Object.fromEntries(kept) as Record<string, AnswerValue>;
  }
  return visible;
}

export function toAssessmentView(
  actor: Actor,
  assessment: Assessment,
  instrument: Instrument,
): AssessmentView {
  const answers = assessment.answers as Answers;
  const seesSupportNeeds = can(actor, Permission.ReadSupportNeeds);
  return {
    ...toAssessmentSummary(assessment),
    answers: visibleAnswers(instrument, answers, seesSupportNeeds),
    evidence: assessment.evidence,
    redPhase: seesSupportNeeds && isRedPhase(answers),
    redPhaseNote: seesSupportNeeds ? (assessment.redPhaseNote ?? null) : null,
    missingItems:
      assessment.status === 'DRAFT'
        ? missingRequiredItems(instrument, answers).map((item) => ({
            path: ['answers', ...item.path],
            message: item.message,
          }))
        : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Finding

/** An assessment is reachable only when its job seeker is in the caller's scope. */
function assessmentScope(actor: Actor): FilterQuery<Assessment> {
  const scope = jobSeekerScope(actor);
  return Object.keys(scope).length === 0 ? {} : { jobSeeker: scope };
}

const findAssessment = (ctx: RequestContext, id: string) =>
  findInScope(
    ctx.em,
    Assessment,
    id,
    assessmentScope(ctx.actor),
    { nl: 'Dit assessment', en: 'Assessment' },
    ['jobSeeker'],
  );

const findJobSeeker = (ctx: RequestContext, id: string) =>
  findInScope(ctx.em, JobSeeker, id, jobSeekerScope(ctx.actor), { nl: 'Deze persoon', en: 'Job seeker' });

/** The instrument version an assessment was started with; loaded at start (the startup check ensures it). */
function instrumentOf(reference: ReferenceData, assessment: Assessment): Instrument {
  const instrument = instrumentVersion(reference, assessment.instrumentVersion);
  if (!instrument) throw new Error(`Instrument version ${assessment.instrumentVersion} is not loaded`);
  return instrument;
}

function assertDraft(assessment: Assessment, what: string): void {
  if (assessment.status !== 'DRAFT') {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say(
        {
          nl: 'Dit assessment is afgerond; {what} kan niet meer.',
          en: 'This assessment is completed and can no longer be changed.',
        },
        { what },
      ),
    );
  }
}

/**
 * Phase rood records the phase and a note, nothing else: first rest and help. A patch that would
 * leave anything else in a red-phase assessment — new answers, answers or evidence kept from an
 * earlier conversation — is refused whole, with the path of every section at fault.
 */
function assertRedPhaseOnly(assessment: Assessment, patch: AnswerPatch): void {
  const existing = assessment.answers as Answers;
  const errors: FieldError[] = redPhaseConflicts(existing, patch).map((error) => ({
    path: ['answers', ...error.path],
    message: error.message,
  }));
  if (isRedPhase(mergeAnswers(existing, patch)) && assessment.evidence.length > 0) {
    errors.push({
      path: ['evidence'],
      message:
        'Bij dit assessment staat nog bewijs (zoals vrijwilligerswerk). In de fase rood bewaren we dat niet: haal het eerst weg, en leg dan de fase rood vast.',
    });
  }
  if (errors.length > 0) {
    throw validationError(
      errors,
      say(
        {
          nl: '{RED_PHASE_REFUSAL} Er is niets opgeslagen.',
          en: 'In phase red only the phase and a note are recorded; nothing was saved.',
        },
        { RED_PHASE_REFUSAL },
      ),
    );
  }
}

/** Employers read the summary for employers only: nothing in it may reveal who the person is. */
function assertNeutralForEmployers(summary: string | undefined, fullName: string): void {
  if (!summary) return;
  const words = revealingWords(summary, fullName);
  if (words.length > 0) {
    throw validationError(
      words.map((word) => ({ path: ['summaryForEmployers'], message: rewriteAdvice(word) })),
      EMPLOYER_SUMMARY_REFUSAL,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Verbs

/** Starts a draft with the active instrument version, for a person in the lifecoach's caseload. */
export async function startAssessment(
  ctx: RequestContext,
  reference: ReferenceData,
  jobSeekerId: string,
): Promise<AssessmentView> {
  assertCan(ctx.actor, Permission.ConductAssessments);
  const jobSeeker = await findJobSeeker(ctx, jobSeekerId);
  const draft = await ctx.em.findOne(Assessment, { jobSeeker, status: 'DRAFT' });
  if (draft) {
    throw conflict(
      say(
        {
          nl: 'Er loopt al een assessment voor deze persoon ({id}); ga daarmee verder.',
          en: 'This person already has an open assessment ({id}); continue that one.',
        },
        { id: draft.id },
      ),
      { draftAssessmentId: draft.id },
    );
  }
  const instrument = reference.activeInstrument;
  await recordInstrumentUse(ctx, instrument);
  const assessment = ctx.em.create(Assessment, {
    jobSeeker,
    lifecoachUserId: ctx.actor.userId,
    instrumentVersion: instrument.version,
    status: 'DRAFT',
    answers: {},
    evidence: [],
    redPhaseNote: null,
    startedAt: ctx.now,
    completedAt: null,
  });
  recordAudit(ctx, {
    action: 'assessment.started',
    entityType: 'assessment',
    entityId: assessment.id,
    subjectId: assessment.jobSeeker.id,
  });
  await ctx.em.flush();
  return toAssessmentView(ctx.actor, assessment, instrument);
}

export async function getAssessment(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
): Promise<AssessmentView> {
  assertCan(ctx.actor, Permission.ReadAssessments);
  const assessment = await findAssessment(ctx, id);
  recordAudit(ctx, {
    action: 'assessment.viewed',
    entityType: 'assessment',
    entityId: assessment.id,
    subjectId: assessment.jobSeeker.id,
  });
  await ctx.em.flush();
  return toAssessmentView(ctx.actor, assessment, instrumentOf(reference, assessment));
}

/** A person's assessments, newest first, without their answers. */
export async function listAssessments(
  ctx: RequestContext,
  jobSeekerId: string,
  query: PageQuery,
): Promise<Page<AssessmentSummaryView>> {
  assertCan(ctx.actor, Permission.ReadAssessments);
  const jobSeeker = await findJobSeeker(ctx, jobSeekerId);
  const page = await findPage(ctx.em, Assessment, { jobSeeker: jobSeeker.id }, query, { startedAt: 'desc' });
  recordAudit(ctx, { action: 'assessment.listed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return { items: page.items.map(toAssessmentSummary), nextCursor: page.nextCursor };
}

/** Health, addiction and justice are written down only with the person's explicit consent for it. */
async function assertSpecialCategoriesConsented(
  ctx: RequestContext,
  jobSeekerId: string,
  answers: AnswerPatch,
): Promise<void> {
  const paths = specialCategoryPaths(answers);
  if (paths.length === 0 || (await hasConsent(ctx.em, jobSeekerId, 'SPECIAL_CATEGORIES'))) return;
  throw validationError(
    paths.map((path) => ({
      path: ['answers', ...path],
      message:
        'Dit gaat over gezondheid, verslaving of justitie. Dat schrijf je alleen op als de persoon daar apart toestemming voor gaf (bij Toestemming).',
    })),
    'Hiervoor is eerst de toestemming van de persoon nodig. Er is niets opgeslagen.',
  );
}

/**
 * Saves part of the answers. The patch is checked against the assessment's own instrument version,
 * all or nothing: one wrong answer and nothing is saved. The audit names the sections, never values.
 */
export async function saveAnswers(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
  input: SaveAnswersInput,
): Promise<AssessmentView> {
  assertCan(ctx.actor, Permission.ConductAssessments);
  const assessment = await findAssessment(ctx, id);
  assertDraft(assessment, 'antwoorden opslaan');
  assertVersion(assessment, input.version);
  const instrument = instrumentOf(reference, assessment);
  const result = validateAnswerPatch(instrument, reference.catalogue, input.answers);
  if (!result.ok) {
    throw validationError(
      result.errors.map((error) => ({ path: ['answers', ...error.path], message: error.message })),
      say({
        nl: 'Een of meer antwoorden passen niet bij de vragenlijst; er is niets opgeslagen.',
        en: 'One or more answers do not fit the instrument; nothing was saved.',
      }),
    );
  }
  assertRedPhaseOnly(assessment, result.value);
  await assertSpecialCategoriesConsented(ctx, assessment.jobSeeker.id, result.value);
  const sections = Object.entries(result.value)
    .filter(([, items]) => Object.keys(items ?? {}).length > 0)
    .map(([section]) => section);
  if (sections.length > 0) {
    assessment.answers = mergeAnswers(assessment.answers as Answers, result.value);
    // Answers are recorded in a conversation with the person.
    await noteContactByLifecoach(ctx.em, assessment.jobSeeker.id, ctx.actor.userId, ctx.now);
    recordAudit(ctx, {
      action: 'assessment.answers_saved',
      entityType: 'assessment',
      entityId: assessment.id,
      subjectId: assessment.jobSeeker.id,
      fields: sections,
    });
    await ctx.em.flush();
  }
  return toAssessmentView(ctx.actor, assessment, instrument);
}

export async function addEvidence(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
  input: AddEvidenceInput,
): Promise<AssessmentView> {
  assertCan(ctx.actor, Permission.ConductAssessments);
  const assessment = await findAssessment(ctx, id);
  assertDraft(assessment, 'bewijs toevoegen');
  if (isRedPhase(assessment.answers as Answers)) {
    throw validationError(
      [{ path: [], message: 'In de fase rood leggen we geen bewijs vast; dat kan later.' }],
      say(
        {
          nl: '{RED_PHASE_REFUSAL} Er is niets opgeslagen.',
          en: 'In phase red only the phase and a note are recorded; nothing was saved.',
        },
        { RED_PHASE_REFUSAL },
      ),
    );
  }
  const unknownCodes: FieldError[] = input.competenceCodes.flatMap((code, index) =>
    reference.catalogue.hasCompetence(code)
      ? []
      : [
          {
            path: ['competenceCodes', index],
            message: 'Onbekende competentie: deze code staat niet in de catalogus.',
          },
        ],
  );
  if (unknownCodes.length > 0) throw validationError(unknownCodes);
  if (assessment.evidence.length >= MAX_EVIDENCE) {
    throw conflict(
      say(
        {
          nl: 'Een assessment heeft hoogstens {MAX_EVIDENCE} bewijsstukken.',
          en: 'At most {MAX_EVIDENCE} pieces of evidence.',
        },
        { MAX_EVIDENCE },
      ),
    );
  }
  const evidence: Evidence = {
    id: crypto.randomUUID(),
    kind: input.kind,
    description: input.description,
    competenceCodes: input.competenceCodes,
    addedAt: ctx.now.toISOString(),
  };
  assessment.evidence = [...assessment.evidence, evidence];
  recordAudit(ctx, {
    action: 'assessment.evidence_added',
    entityType: 'assessment',
    entityId: assessment.id,
    subjectId: assessment.jobSeeker.id,
    fields: ['evidence'],
  });
  await ctx.em.flush();
  return toAssessmentView(ctx.actor, assessment, instrumentOf(reference, assessment));
}

export async function removeEvidence(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
  evidenceId: string,
): Promise<AssessmentView> {
  assertCan(ctx.actor, Permission.ConductAssessments);
  const assessment = await findAssessment(ctx, id);
  if (!assessment.evidence.some((evidence) => evidence.id === evidenceId))
    throw notFound({ nl: 'Dit bewijsstuk', en: 'Evidence' });
  assertDraft(assessment, 'bewijs verwijderen');
  assessment.evidence = assessment.evidence.filter((evidence) => evidence.id !== evidenceId);
  recordAudit(ctx, {
    action: 'assessment.evidence_removed',
    entityType: 'assessment',
    entityId: assessment.id,
    subjectId: assessment.jobSeeker.id,
    fields: ['evidence'],
  });
  await ctx.em.flush();
  return toAssessmentView(ctx.actor, assessment, instrumentOf(reference, assessment));
}

/**
 * Completes the assessment. Phase rood: no profile, the person gets NOT_NOW with a review within
 * four weeks. Otherwise a new immutable profile version and a segment decision with reasons. All of
 * it — assessment, profile, decision, the superseded decision, the job seeker's segment and the
 * audit entries — is written in one flush, or nothing is.
 */
export async function completeAssessment(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
  input: CompleteAssessmentInput,
): Promise<AssessmentCompletionView> {
  assertCan(ctx.actor, Permission.ConductAssessments);
  const assessment = await findAssessment(ctx, id);
  assertDraft(assessment, 'afronden');
  if (input.version !== undefined) assertVersion(assessment, input.version);
  const instrument = instrumentOf(reference, assessment);
  const answers = assessment.answers as Answers;
  const redPhase = isRedPhase(answers);

  const missing: FieldError[] = missingRequiredItems(instrument, answers).map((item) => ({
    path: ['answers', ...item.path],
    message: item.message,
  }));
  if (!redPhase && !input.strengthsSummary) {
    missing.push({
      path: ['strengthsSummary'],
      message: 'Schrijf in gewone taal op waar deze persoon sterk in is.',
    });
  }
  if (missing.length > 0) {
    throw validationError(
      missing,
      say({
        nl: 'Nog niet alles is ingevuld om af te ronden.',
        en: 'Not everything needed to complete is answered yet.',
      }),
    );
  }

  const jobSeeker = assessment.jobSeeker;
  const asOf = segmentationMoment(ctx.now);
  let profileRecord: TalentProfileRecord | null = null;
  let computed: ComputedSegmentDecision;
  if (redPhase) {
    assessment.redPhaseNote = computeRedPhaseRecord(instrument, answers).note;
    computed = segmentRedPhase(instrument.segmentationRules, asOf);
  } else {
    const completion = validateCompletionInput(reference.catalogue, {
      strengthsSummary: input.strengthsSummary,
      ...(input.summaryForEmployers === undefined ? {} : { summaryForEmployers: input.summaryForEmployers }),
      evidence: assessment.evidence.map(({ kind, description, competenceCodes }) => ({
        kind,
        description,
        competenceCodes,
      })),
    });
    if (!completion.ok) throw validationError(completion.errors);
    assertNeutralForEmployers(completion.value.summaryForEmployers, jobSeeker.fullName);
    const profile = computeTalentProfile(instrument, answers, completion.value);
    computed = segmentProfile(profile, instrument.segmentationRules, asOf);
    const previous = await ctx.em.findOne(
      TalentProfileRecord,
      { jobSeeker },
      { orderBy: { profileNumber: 'desc' } },
    );
    profileRecord = ctx.em.create(TalentProfileRecord, {
      jobSeeker,
      assessment,
      profileNumber: (previous?.profileNumber ?? 0) + 1,
      instrumentVersion: instrument.version,
      profile: shareableProfile(profile) as unknown as Record<string, unknown>,
      supportNeeds: profile.supportNeeds as unknown as Record<string, unknown>,
      createdAt: ctx.now,
      createdByUserId: ctx.actor.userId,
    });
    recordAudit(ctx, {
      action: 'talent_profile.created',
      entityType: 'talent_profile',
      entityId: profileRecord.id,
      subjectId: profileRecord.jobSeeker.id,
    });
  }

  assessment.status = 'COMPLETED';
  assessment.completedAt = ctx.now;
  recordAudit(ctx, {
    action: 'assessment.completed',
    entityType: 'assessment',
    entityId: assessment.id,
    subjectId: assessment.jobSeeker.id,
    fields: ['status'],
  });
  const decision = await recordSegmentDecision(ctx, jobSeeker, {
    profile: profileRecord,
    computedSegment: computed.segment,
    segment: computed.segment,
    reasons: computed.reasons,
    toMoveUp: computed.toMoveUp,
    reviewDate: computed.reviewDate,
    overrideJustification: null,
  });
  await ctx.em.flush();
  return {
    assessment: toAssessmentSummary(assessment),
    profile: profileRecord ? toTalentProfileSummary(profileRecord, true) : null,
    decision: toSegmentDecisionView(decision, await deciderNamesOf(ctx.em, [decision])),
  };
}
