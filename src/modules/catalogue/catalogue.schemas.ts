import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '../../http/pagination';

const competenceKindSchema = z.enum(['transversal', 'practical', 'language']);

export const competenceLevelDescriptorSchema = z
  .object({
    level: z.number().int().min(0).max(4),
    descriptorNl: z.string(),
    cefr: z.enum(['pre-A1', 'A1', 'A2', 'B1', 'B2+']).optional(),
  })
  .openapi('CompetenceLevelDescriptor');

export const competenceSchema = z
  .object({
    code: z.string(),
    kind: competenceKindSchema,
    labelNl: z.string(),
    labelEn: z.string(),
    escoUri: z.url().nullable(),
    levels: z
      .array(competenceLevelDescriptorSchema)
      .openapi({ description: 'What level 0, 1, 2, 3 and 4 mean.' }),
  })
  .openapi('Competence');

export const competenceCatalogueSchema = z
  .object({
    version: z.number().int().openapi({
      description: 'The catalogue version (reference data; an instrument names the one it needs).',
    }),
    attribution: z.string(),
    scale: z.object({ min: z.literal(0), max: z.literal(4) }),
    groups: z.array(
      z
        .object({
          code: z.string(),
          kind: competenceKindSchema,
          labelNl: z.string(),
          labelEn: z.string(),
          escoUri: z.url().nullable(),
          competences: z.array(competenceSchema),
        })
        .openapi('CompetenceGroup'),
    ),
  })
  .openapi('CompetenceCatalogue');

export const occupationSchema = z
  .object({
    code: z.string().openapi({ description: 'ESCO occupation code.' }),
    labelNl: z.string(),
    escoUri: z.url(),
    iscoGroup: z.string(),
    sectorCode: z
      .string()
      .openapi({ description: 'ISCO sub-major group (2 digits), as in /catalogue/sectors.' }),
  })
  .openapi('Occupation');

export const searchOccupationsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().min(2).max(100).optional().openapi({
    description: 'Words of the Dutch name (accents and case do not matter), or the start of a code.',
  }),
});

export const sectorSchema = z
  .object({
    iscoCode: z.string(),
    level: z
      .union([z.literal(1), z.literal(2)])
      .openapi({ description: '1: major group; 2: sub-major group.' }),
    labelNl: z.string(),
    labelEn: z.string(),
  })
  .openapi('Sector');

export const sectorListSchema = z.object({ items: z.array(sectorSchema) }).openapi('SectorList');

export type CompetenceCatalogueView = z.infer<typeof competenceCatalogueSchema>;
export type OccupationView = z.infer<typeof occupationSchema>;
export type SearchOccupationsQuery = z.infer<typeof searchOccupationsQuerySchema>;
export type SectorListView = z.infer<typeof sectorListSchema>;
