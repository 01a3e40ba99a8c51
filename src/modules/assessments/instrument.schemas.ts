import { z } from '@hono/zod-openapi';
import { instrumentSchema } from './instrument';

const sections = instrumentSchema.shape.sections;
const kunnen = sections.shape.kunnen;

const competenceFormItemSchema = z
  .object({
    id: z.string().openapi({ description: 'Competence code from the catalogue.' }),
    type: z.literal('competenceLevel'),
    required: z.boolean(),
    label: z.string(),
    group: z.object({ code: z.string(), labelNl: z.string(), labelEn: z.string() }),
    levels: z.array(
      z.object({
        level: z.number().int().min(0).max(4),
        descriptorNl: z.string(),
        cefr: z.enum(['pre-A1', 'A1', 'A2', 'B1', 'B2+']).optional(),
      }),
    ),
  })
  .strict();

/** The instrument as a client renders it: kunnen items resolved to their catalogue labels and levels. */
export const instrumentFormSchema = instrumentSchema
  .extend({
    // Fresh schemas: instrument.ts is plain zod, whose instances may lack .openapi.
    version: z.number().int().positive().openapi({
      description: 'The instrument version (GET /api/instrument/versions/{version}); not a record version.',
    }),
    catalogueVersion: z.number().int().positive().openapi({
      description: 'The competence catalogue version the instrument is written against.',
    }),
    sections: sections.extend({ kunnen: kunnen.extend({ items: z.array(competenceFormItemSchema) }) }),
  })
  .openapi('InstrumentForm', {
    description:
      'One version of the assessment instrument: sections, items, options and the segmentation rules. A used version never changes; a change is a new version.',
  });

export const instrumentVersionParamSchema = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' }, description: 'Instrument version: 1, 2, …' }),
});

export type InstrumentFormView = z.infer<typeof instrumentFormSchema>;
