import { z } from '@hono/zod-openapi';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { contactRoutes } from '../meet-and-greets/meet-and-greet-rules';
import { vacancyStatuses } from '../vacancies/vacancy.entity';
import { interviewInvitationStatuses } from './candidacy.entity';
import { candidacyReasonCodes, candidacyStatuses, movers } from './candidacy-rules';

const statusSchema = z.enum(candidacyStatuses);
const reasonCodeSchema = z.enum(candidacyReasonCodes);

// ---- input ------------------------------------------------------------------------------------

export const moveCandidacySchema = z
  .object({
    to: statusSchema.openapi({
      description:
        'The next state. Employers: INVITED, INTERVIEWED, OFFERED, HIRED, NOT_SELECTED. Lifecoach or programme staff: DECLINED_BY_PERSON, WITHDRAWN (programme staff also MET).',
    }),
    reasonCode: reasonCodeSchema.nullable().optional().openapi({
      description:
        'NOT_SELECTED needs a reason about the work (COMPETENCE_GAP, HOURS_DO_NOT_FIT, TRAVEL_DISTANCE, OTHER_CANDIDATE_CHOSEN, NO_MATCH_IN_CONVERSATION, VACANCY_CHANGED, OTHER); WITHDRAWN one of CIRCUMSTANCES, OTHER_ROUTE, OTHER. A person never has to give a reason to decline.',
    }),
    note: z.string().trim().min(1).max(2000).nullable().optional().openapi({
      description: 'Why, in your words. For the Warm Rotterdam programme only: never shown to an employer.',
    }),
    message: z.string().trim().min(1).max(2000).nullable().optional().openapi({
      description:
        'Only with INVITED: your message to the person about the interview (when, where), in plain Dutch. The lifecoach passes it on.',
    }),
    version: basedOnVersion("The candidacy's `version` as you last read it (Candidacy.version)."),
  })
  .strict()
  .openapi('MoveCandidacy');

export const listCandidaciesQuerySchema = pageQuerySchema.extend({
  status: statusSchema.optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only candidacies still in the pipeline; false: only closed ones.' }),
  vacancyId: z.uuid().optional(),
  meetAndGreetId: z.uuid().optional(),
  jobSeekerId: z.uuid().optional().openapi({ description: 'Lifecoaches and programme staff only.' }),
});

export const shareIdentitySchema = z
  .object({
    contactRoute: z.enum(contactRoutes).openapi({
      description:
        'How the employer may reach the person: VIA_LIFECOACH (you), PHONE or EMAIL (the person’s own, when they chose it).',
    }),
    version: basedOnVersion(
      "The interview invitation's `version` (InterviewInvitation.version from GET /api/interview-invitations), not the candidacy's.",
    ),
  })
  .strict()
  .openapi('ShareCandidateIdentity');

export const listInterviewInvitationsQuerySchema = pageQuerySchema.extend({
  status: z.enum(interviewInvitationStatuses).default('WAITING_FOR_CONSENT'),
});

export const staleCandidaciesQuerySchema = pageQuerySchema;

export const notSelectedReportQuerySchema = z
  .object({
    from: z.iso.date().optional().openapi({ description: 'From this date (YYYY-MM-DD).' }),
    to: z.iso.date().optional().openapi({ description: 'Up to and including this date.' }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: '`from` must not be after `to`.',
    path: ['to'],
  });

// ---- views --------------------------------------------------------------------------------------

const contactSchema = z
  .object({
    route: z.enum(contactRoutes),
    routeLabel: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    lifecoach: z.object({ displayName: z.string(), email: z.string() }).strict(),
  })
  .strict();

/** Who the person is, for an employer: only after the person agreed to share their profile with it. */
export const revealedIdentitySchema = z
  .object({ fullName: z.string(), contact: contactSchema })
  .strict()
  .openapi('RevealedCandidate');

const invitationForEmployerSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(interviewInvitationStatuses),
    statusLabel: z.string(),
    message: z.string().nullable(),
    invitedAt: z.iso.datetime(),
    sharedAt: z.iso.datetime().nullable(),
  })
  .strict();

const invitationForStaffSchema = invitationForEmployerSchema
  .extend({ contactRoute: z.enum(contactRoutes).nullable() })
  .strict();

const transitionForEmployerSchema = z
  .object({
    from: statusSchema.nullable(),
    to: statusSchema,
    toLabel: z.string(),
    at: z.iso.datetime(),
    reasonCode: reasonCodeSchema.nullable(),
    reasonLabel: z.string().nullable(),
    mover: z.enum(movers),
    byYourOrganisation: z.boolean(),
  })
  .strict();

const transitionForStaffSchema = transitionForEmployerSchema
  .extend({
    actorUserId: z.uuid().nullable(),
    note: z.string().nullable().optional().openapi({ description: 'Programme staff only.' }),
  })
  .strict();

const commonFields = {
  id: z.uuid(),
  vacancyId: z.uuid(),
  vacancyTitle: z.string(),
  meetAndGreetId: z.uuid().nullable(),
  candidateCode: z
    .string()
    .openapi({ description: 'The code the employer knows this person by, for this vacancy.' }),
  status: statusSchema,
  statusLabel: z.string(),
  reasonCode: reasonCodeSchema.nullable(),
  reasonLabel: z.string().nullable(),
  lastMovedAt: z.iso.datetime(),
  nextSteps: z.array(statusSchema).openapi({ description: 'The steps you can take now.' }),
  version: versionOf(
    "This candidacy's version: send it as `version` with POST /api/candidacies/{id}/transitions.",
  ),
};

/** What an employer sees: the candidate code, and the identity only once the person agreed. */
export const employerCandidacySchema = z
  .object({
    view: z.literal('EMPLOYER').openapi({
      description: 'EMPLOYER: what the employer sees (by candidate code); STAFF: CandidacyForStaff.',
    }),
    ...commonFields,
    invitation: invitationForEmployerSchema.nullable(),
    identity: nullableRef(revealedIdentitySchema),
  })
  .strict()
  .openapi('Candidacy');

export const staffCandidacySchema = z
  .object({
    view: z.literal('STAFF'),
    ...commonFields,
    employerId: z.uuid(),
    employerName: z.string(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    lifecoach: z.object({ id: z.uuid(), displayName: z.string() }),
    daysSinceLastMove: z.number().int(),
    invitation: invitationForStaffSchema.nullable(),
  })
  .strict()
  .openapi('CandidacyForStaff');

/** The draft placement a hire opened: only in the answer to the HIRED step. */
const hiredPlacementSchema = z
  .object({
    id: z.uuid(),
    version: versionOf("The placement's version: send it as `version` with PATCH /api/placements/{id}."),
  })
  .strict()
  .openapi('HiredPlacement', {
    description:
      'Only in the answer to the HIRED step: the draft placement it opened for the follow-up after the start of work. Fill it in with PATCH /api/placements/{id}, then POST /api/placements/{id}/start.',
  });

export const employerCandidacyDetailSchema = employerCandidacySchema
  .extend({ transitions: z.array(transitionForEmployerSchema), placement: hiredPlacementSchema.optional() })
  .strict()
  .openapi('CandidacyDetail');

export const staffCandidacyDetailSchema = staffCandidacySchema
  .extend({ transitions: z.array(transitionForStaffSchema), placement: hiredPlacementSchema.optional() })
  .strict()
  .openapi('CandidacyDetailForStaff');

export const candidacyDetailSchema = z.discriminatedUnion('view', [
  staffCandidacyDetailSchema,
  employerCandidacyDetailSchema,
]);
export const candidacyItemSchema = z.discriminatedUnion('view', [
  staffCandidacySchema,
  employerCandidacySchema,
]);

export const interviewInvitationSchema = z
  .object({
    id: z.uuid(),
    candidacyId: z.uuid(),
    status: z.enum(interviewInvitationStatuses),
    statusLabel: z.string(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    employerId: z.uuid(),
    employerName: z.string(),
    vacancyId: z.uuid(),
    vacancyTitle: z.string(),
    message: z.string().nullable(),
    contactRoute: z.enum(contactRoutes).nullable(),
    profileSharingConsent: z
      .boolean()
      .openapi({ description: 'Whether the person now agrees to share their profile with this employer.' }),
    invitedAt: z.iso.datetime(),
    sharedAt: z.iso.datetime().nullable(),
    version: versionOf(
      "This interview invitation's version (not the candidacy's): send it as `version` with POST /api/interview-invitations/{id}/share.",
    ),
  })
  .strict()
  .openapi('InterviewInvitation');

export const vacancyPipelineSchema = z
  .object({
    vacancyId: z.uuid(),
    title: z.string(),
    vacancyStatus: z.enum(vacancyStatuses),
    positions: z.number().int(),
    filledPositions: z
      .number()
      .int()
      .openapi({ description: 'Candidacies for this vacancy that led to a hire (HIRED).' }),
    openPositions: z.number().int(),
    counts: z.array(z.object({ status: statusSchema, label: z.string(), count: z.number().int() })),
  })
  .strict()
  .openapi('VacancyPipeline');

export const notSelectedReportSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    employers: z.array(
      z.object({
        employerId: z.uuid(),
        employerName: z.string(),
        total: z.number().int(),
        reasons: z.array(
          z.object({ reasonCode: reasonCodeSchema.nullable(), label: z.string(), count: z.number().int() }),
        ),
        notes: z.array(
          z.object({
            candidacyId: z.uuid(),
            occurredAt: z.iso.datetime(),
            reasonCode: reasonCodeSchema.nullable(),
            note: z.string(),
            mentionsAge: z
              .boolean()
              .openapi({ description: 'The note mentions age: follow up, prejudice should get no room.' }),
          }),
        ),
      }),
    ),
  })
  .openapi('NotSelectedReasonsReport');

export type MoveCandidacyInput = z.infer<typeof moveCandidacySchema>;
export type ListCandidaciesQuery = z.infer<typeof listCandidaciesQuerySchema>;
export type ShareIdentityInput = z.infer<typeof shareIdentitySchema>;
export type ListInterviewInvitationsQuery = z.infer<typeof listInterviewInvitationsQuerySchema>;
export type NotSelectedReportQuery = z.infer<typeof notSelectedReportQuerySchema>;
export type EmployerCandidacyView = z.infer<typeof employerCandidacySchema>;
export type StaffCandidacyView = z.infer<typeof staffCandidacySchema>;
export type EmployerCandidacyDetail = z.infer<typeof employerCandidacyDetailSchema>;
export type StaffCandidacyDetail = z.infer<typeof staffCandidacyDetailSchema>;
export type InterviewInvitationView = z.infer<typeof interviewInvitationSchema>;
export type NotSelectedReport = z.infer<typeof notSelectedReportSchema>;
export type VacancyPipelineView = z.infer<typeof vacancyPipelineSchema>;
export type RevealedIdentity = z.infer<typeof revealedIdentitySchema>;
