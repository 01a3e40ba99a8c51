import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '../../http/pagination';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    actorOrganisationId: z.uuid().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    requestId: z.string().nullable(),
    subjectId: z.uuid().nullable().openapi({ description: 'The job seeker the data belongs to, if any.' }),
    fields: z.array(z.string()).nullable(),
  })
  .openapi('AuditEntry');

export const auditQuerySchema = pageQuerySchema
  .extend({
    entityType: z.string().min(1).max(60).optional(),
    entityId: z.string().min(1).max(64).optional(),
    actorUserId: z.uuid().optional(),
    subjectId: z.uuid().optional().openapi({ description: 'Everything recorded about one job seeker.' }),
    action: z.string().min(1).max(60).optional(),
    from: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: 'Entries at or after this moment.' }),
    to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Entries before this moment.' }),
  })
  .refine((query) => !query.from || !query.to || new Date(query.from) < new Date(query.to), {
    message: '`from` must be before `to`.',
    path: ['to'],
  });

export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;
