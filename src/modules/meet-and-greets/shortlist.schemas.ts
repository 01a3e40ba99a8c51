import { z } from '@hono/zod-openapi';
import { candidacyStatuses } from '../candidacies/candidacy-rules';
import {
  candidateCodeParamSchema,
  candidateSchema,
  staffCandidateSchema,
} from '../matching/matching.schemas';
import { shortlistSources, wishes, wishReasons } from './meet-and-greet-rules';

// ---- input ------------------------------------------------------------------------------------

export const markCandidateSchema = z
  .object({
    wish: z.enum(wishes).openapi({ description: 'WANT (want to meet), MAYBE or NO.' }),
    reasonCode: z.enum(wishReasons).nullable().optional().openapi({
      description:
        'Optional, from a fixed list about the work (never about age or background). OTHER needs a note.',
    }),
    note: z.string().trim().min(1).max(2000).nullable().optional().openapi({
      description: 'Free text for the Warm Rotterdam programme only: never shown to any employer.',
    }),
  })
  .strict()
  .openapi('MarkShortlistCandidate');

export const addShortlistCandidateSchema = z
  .object({
    jobSeekerId: z.uuid().openapi({ description: 'A person of your caseload who is coming to this event.' }),
    reason: z.string().trim().min(10).max(2000).openapi({
      description: 'Why this person fits, though the engine did not rank them here. For the programme only.',
    }),
  })
  .strict()
  .openapi('AddShortlistCandidate');

export const vacancyParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  vacancyId: z.uuid().openapi({ param: { name: 'vacancyId', in: 'path' } }),
});

export const shortlistCodeParamSchema = vacancyParamSchema.extend({
  code: candidateCodeParamSchema.shape.code,
});

// ---- views --------------------------------------------------------------------------------------

const markFields = {
  source: z
    .enum(shortlistSources)
    .openapi({ description: 'ENGINE, or LIFECOACH: added by the person’s lifecoach.' }),
  sourceLabel: z.string(),
  wish: z.enum(wishes).nullable(),
  wishLabel: z.string().nullable(),
  wishReason: z.enum(wishReasons).nullable(),
  wishReasonLabel: z.string().nullable(),
  markedAt: z.iso.datetime().nullable(),
};

/** What an employer sees on its own shortlist: the pseudonymous candidate and its own mark. No notes. */
export const employerShortlistItemSchema = z
  .object({
    view: z.literal('EMPLOYER').openapi({
      description: 'EMPLOYER: an employer’s own shortlist item; STAFF: ShortlistItemForStaff.',
    }),
    candidate: candidateSchema,
    ...markFields,
  })
  .strict()
  .openapi('ShortlistItem');

/** Programme staff and the person's lifecoach see who it is; the free-text note is for programme staff only. */
export const staffShortlistItemSchema = z
  .object({
    view: z.literal('STAFF'),
    candidate: staffCandidateSchema,
    ...markFields,
    wishNote: z.string().nullable().optional().openapi({ description: 'Programme staff only.' }),
    addReason: z.string().nullable(),
    candidacyId: z.uuid().nullable(),
    candidacyStatus: z.enum(candidacyStatuses).nullable(),
  })
  .strict()
  .openapi('ShortlistItemForStaff');

export const shortlistSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    vacancyId: z.uuid(),
    vacancyTitle: z.string(),
    employerName: z.string(),
    reviewOpen: z
      .boolean()
      .openapi({ description: 'Marks can be changed until the conversation schedule is fixed.' }),
    items: z
      .array(z.discriminatedUnion('view', [staffShortlistItemSchema, employerShortlistItemSchema]))
      .openapi({
        description:
          'Best match first. Employers get ShortlistItem (view EMPLOYER); programme staff and lifecoaches ShortlistItemForStaff (view STAFF).',
      }),
  })
  .openapi('Shortlist');

export const shortlistBuildSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    vacancies: z.array(
      z.object({
        vacancyId: z.uuid(),
        title: z.string(),
        entries: z.number().int(),
        added: z.number().int(),
      }),
    ),
    participants: z.number().int().openapi({ description: 'People coming (with consent) who were ranked.' }),
  })
  .openapi('ShortlistBuild');

export type MarkCandidateInput = z.infer<typeof markCandidateSchema>;
export type AddShortlistCandidateInput = z.infer<typeof addShortlistCandidateSchema>;
export type EmployerShortlistItem = z.infer<typeof employerShortlistItemSchema>;
export type StaffShortlistItem = z.infer<typeof staffShortlistItemSchema>;
export type ShortlistView = z.infer<typeof shortlistSchema>;
export type ShortlistBuildView = z.infer<typeof shortlistBuildSchema>;
