import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { LEGAL_QUALIFICATION_LABELS_NL, LEGAL_QUALIFICATIONS, type LegalQualificationCode } from './engine';
import { markMatchingInputChanged } from './mark-changed';

export const listLegalQualifications = () => ({
  items: LEGAL_QUALIFICATIONS.map((code) => ({ code, label: LEGAL_QUALIFICATION_LABELS_NL[code] })),
});

const viewOf = (jobSeekerId: string, codes: readonly string[]) => ({
  jobSeekerId,
  items: codes.map((code) => ({
    code,
    label: LEGAL_QUALIFICATION_LABELS_NL[code as LegalQualificationCode] ?? code,
  })),
});

export async function getJobSeekerLegalQualifications(ctx: RequestContext, jobSeekerId: string) {
  assertCan(ctx.actor, Permission.ManageLegalQualifications);
  const person = await findJobSeekerInScope(ctx, jobSeekerId);
  recordAudit(ctx, { action: 'legal_qualifications.viewed', entityType: 'job_seeker', entityId: person.id });
  await ctx.em.flush();
  return viewOf(person.id, person.legalQualifications);
}

/** The certificates and licences a person holds that jobs may legally require; replaces the list. */
export async function putJobSeekerLegalQualifications(
  ctx: RequestContext,
  jobSeekerId: string,
  codes: readonly LegalQualificationCode[],
) {
  assertCan(ctx.actor, Permission.ManageLegalQualifications);
  const person = await findJobSeekerInScope(ctx, jobSeekerId);
  person.legalQualifications = [...new Set(codes)].sort();
  markMatchingInputChanged(ctx.em, person.id);
  recordAudit(ctx, {
    action: 'job_seeker.updated',
    entityType: 'job_seeker',
    entityId: person.id,
    fields: ['legalQualifications'],
  });
  await ctx.em.flush();
  return viewOf(person.id, person.legalQualifications);
}
