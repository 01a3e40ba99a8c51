import { Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { dutchCalendarDate } from '../job-seekers/calendar';
import { CandidatePseudonym } from '../matching/candidate-pseudonym.entity';
import { Organisation } from '../organisations/organisation.entity';
import { type AccessLine, describeWhat, describeWho } from './access-log-words';
import { findOwnJobSeeker } from './own-record.access';

/** How far back the list goes: the audit log keeps everything, the page shows the most recent. */
const MAX_ENTRIES = 2000;

/**
 * Who looked at or changed the person's data, from the audit log, newest first: organisation and
 * role, what and when, the same thing on the same day by the same organisation and role once (with
 * how often). The person's own actions are left out. The read is audited.
 */
export async function listWhoLookedAtMyData(ctx: RequestContext): Promise<{ items: AccessLine[] }> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const entries = await ctx.em.find(
    AuditEntry,
    { subjectId: jobSeeker.id, $or: [{ actorRole: null }, { actorRole: { $ne: Role.JobSeeker } }] },
    { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: MAX_ENTRIES },
  );
  const organisationIds = [...new Set(entries.flatMap((entry) => entry.actorOrganisationId ?? []))];
  const vacancyIds = [
    ...new Set(entries.filter((entry) => entry.entityType === 'vacancy').map((entry) => entry.entityId)),
  ];
  const [organisations, pseudonyms] = await Promise.all([
    organisationIds.length ? ctx.em.find(Organisation, { id: { $in: organisationIds } }) : [],
    vacancyIds.length
      ? ctx.em.find(
          CandidatePseudonym,
          { jobSeeker: jobSeeker.id, vacancy: { $in: vacancyIds } },
          { populate: ['vacancy'] },
        )
      : [],
  ]);
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const candidateByVacancy = new Map(
    pseudonyms.map((pseudonym) => [
      pseudonym.vacancy.id,
      { code: pseudonym.code, job: pseudonym.vacancy.title },
    ]),
  );

  const lines = new Map<string, AccessLine>();
  for (const entry of entries) {
    const who = describeWho(
      entry.actorRole ?? null,
      entry.actorOrganisationId ? (organisationName.get(entry.actorOrganisationId) ?? null) : null,
    );
    const what = describeWhat(
      entry.action,
      entry.entityType === 'vacancy' ? candidateByVacancy.get(entry.entityId) : undefined,
    );
    const day = dutchCalendarDate(entry.occurredAt);
    const key = `${day}|${who}|${what}`;
    const line = lines.get(key);
    if (line) line.times++;
    else lines.set(key, { day, who, what, times: 1 });
  }
  recordAudit(ctx, { action: 'record_access_log.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return { items: [...lines.values()] };
}
