import { z } from '@hono/zod-openapi';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import { calendarDateSchema, offeringKindSchema } from './trajectory-offering.schemas';

export const trajectorySuggestionsSchema = z
  .object({
    jobSeekerId: z.uuid(),
    segment: z.enum(readinessSegments),
    profileNumber: z
      .number()
      .int()
      .openapi({ description: 'The talent profile the suggestions are based on.' }),
    usedVacancies: z.boolean().openapi({
      description:
        'true when open vacancies the person wants were used to find the gaps; false without matching consent.',
    }),
    vacanciesConsidered: z.number().int(),
    explanationNl: z.string(),
    gaps: z
      .array(
        z.object({
          competenceCode: z.string(),
          competenceLabel: z.string(),
          currentLevel: z.number().int(),
          vacanciesOpened: z.number().int(),
        }),
      )
      .openapi({
        description: 'Competences whose improvement would open the most wanted vacancies (what to train).',
      }),
    items: z.array(
      z.object({
        offering: z.object({
          id: z.uuid(),
          title: z.string(),
          kind: offeringKindSchema,
          kindLabelNl: z.string(),
          providerId: z.uuid(),
          providerName: z.string(),
          hoursPerWeek: z.number().int(),
          durationWeeks: z.number().int(),
          postcode: z.string(),
          nextStartDate: calendarDateSchema.nullable(),
        }),
        distanceKm: z.number(),
        developsGaps: z.array(z.object({ competenceCode: z.string(), competenceLabel: z.string() })),
        vacanciesOpened: z.number().int(),
      }),
    ),
  })
  .openapi('TrajectorySuggestions');

export type TrajectorySuggestionsView = z.infer<typeof trajectorySuggestionsSchema>;
