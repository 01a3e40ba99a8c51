import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { postcodeSchema } from '../geo/postcodes';
import { organisationRefSchema } from './trajectory-provider.schemas';
import { offeringKinds, offeringStatuses } from './trajectory-rules';

export const calendarDateSchema = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD.' });

export const offeringKindSchema = z.enum(offeringKinds).openapi({
  description:
    'LEARN_WORK: leer-werktraject (segments LATER and READY); ACTIVATION: activeringsprogramma (NOT_NOW); TRAINING_MODULE: preparation training such as social skills, presentation, resilience, working in a company (READY and LATER).',
});

const offeringFields = {
  kind: offeringKindSchema,
  title: z.string().trim().min(3).max(200),
  description: z
    .string()
    .trim()
    .min(10)
    .max(5000)
    .openapi({ description: 'Plain Dutch (B1): what people do and learn.' }),
  competenceCodes: z.array(z.string().min(1).max(40)).min(1).max(20).openapi({
    description: 'Catalogue codes of the competences it develops (GET /api/catalogue/competences).',
  }),
  hoursPerWeek: z.number().int().min(1).max(40),
  durationWeeks: z.number().int().min(1).max(78).openapi({ description: 'Up to about 1.5 years.' }),
  postcode: postcodeSchema.openapi({
    type: 'string',
    description: 'Where it takes place: PC4 (3011) or full postcode (3011 AB); the PC4 must be known.',
    example: '3082 AB',
  }),
  continuousIntake: z
    .boolean()
    .openapi({ description: 'true: people can start on any day; false: only on the startDates.' }),
  startDates: z
    .array(calendarDateSchema)
    .max(52)
    .default([])
    .openapi({ description: 'The start dates (fixed intake); empty with continuous intake.' }),
  capacityPerStart: z.number().int().min(1).max(500).openapi({
    description:
      'Places per start date; with continuous intake, how many people can take part at the same time.',
  }),
};

type IntakeInput = { continuousIntake: boolean; startDates: string[] };

const checkIntake = (input: IntakeInput, ctx: z.core.$RefinementCtx) => {
  if (input.continuousIntake && input.startDates.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['startDates'],
      message: say({
        nl: 'Laat de startdata leeg bij doorlopende instroom.',
        en: 'Leave startDates empty with continuous intake.',
      }),
    });
  }
  if (!input.continuousIntake && input.startDates.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['startDates'],
      message: say({
        nl: 'Geef minstens één startdatum, of kies doorlopende instroom.',
        en: 'Give at least one start date, or choose continuous intake.',
      }),
    });
  }
  input.startDates.forEach((date, index) => {
    if (input.startDates.indexOf(date) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['startDates', index],
        message: say({ nl: 'Deze datum staat er al.', en: 'This date is listed twice.' }),
      });
    }
  });
};

export const createTrajectoryOfferingSchema = z
  .object(offeringFields)
  .strict()
  .superRefine(checkIntake)
  .openapi('CreateTrajectoryOffering');

export const updateTrajectoryOfferingSchema = z
  .object({
    ...offeringFields,
    status: z.enum(offeringStatuses).openapi({ description: 'CLOSED: no new proposals.' }),
    version: basedOnVersion("The offering's `version` as you last read it."),
  })
  .strict()
  .superRefine(checkIntake)
  .openapi('UpdateTrajectoryOffering');

export const availabilitySchema = z
  .object({
    startDate: calendarDateSchema.nullable().openapi({ description: 'null with continuous intake.' }),
    capacity: z.number().int(),
    taken: z.number().int(),
    free: z.number().int(),
  })
  .openapi('TrajectoryAvailability');

export const trajectoryOfferingSchema = z
  .object({
    id: z.uuid(),
    provider: organisationRefSchema.extend({ platform: nullableRef(organisationRefSchema) }),
    kind: offeringKindSchema,
    kindLabelNl: z.string(),
    title: z.string(),
    description: z.string(),
    competences: z.array(z.object({ code: z.string(), label: z.string() })),
    hoursPerWeek: z.number().int(),
    durationWeeks: z.number().int(),
    postcode: z.string(),
    postcodeFull: z.string().nullable(),
    place: z.string().nullable().openapi({ description: 'The place of the postcode area.' }),
    continuousIntake: z.boolean(),
    startDates: z.array(calendarDateSchema),
    capacityPerStart: z.number().int(),
    availability: z.array(availabilitySchema).openapi({
      description:
        'Places per start date (every start date, past ones too); one entry with startDate null for continuous intake.',
    }),
    nextStartDate: calendarDateSchema
      .nullable()
      .openapi({ description: 'The first start still possible; null when none is left.' }),
    status: z.enum(offeringStatuses),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This offering's version: send it as `version` with PUT /api/trajectory-offerings/{id}.",
    ),
  })
  .openapi('TrajectoryOffering');

export const listTrajectoryOfferingsQuerySchema = pageQuerySchema.extend({
  kind: offeringKindSchema.optional(),
  providerId: z.uuid().optional(),
  platformId: z.uuid().optional().openapi({ description: 'Offerings of the members of this platform.' }),
  status: z.enum(offeringStatuses).optional(),
});

export type CreateTrajectoryOfferingInput = z.infer<typeof createTrajectoryOfferingSchema>;
export type UpdateTrajectoryOfferingInput = z.infer<typeof updateTrajectoryOfferingSchema>;
export type TrajectoryOfferingView = z.infer<typeof trajectoryOfferingSchema>;
export type ListTrajectoryOfferingsQuery = z.infer<typeof listTrajectoryOfferingsQuerySchema>;
