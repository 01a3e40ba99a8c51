import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { findPage, type PageQuery } from '../../http/pagination';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { Organisation } from '../organisations/organisation.entity';
import { describeWhat } from '../own-record/access-log-words';
import { User } from '../users/user.entity';
import { recordAudit } from './audit.service';
import { AuditEntry } from './audit-entry.entity';

/**
 * One audit entry about a person, for programme staff: who (by name), in which organisation and
 * role, what (in the words of the person's own "wie keek" page, turned to the third person), when.
 */
export type AuditTrailLine = {
  occurredAt: Date;
  /** The staff member's name; null for the service itself (a scheduled job, a sign-in). */
  actorName: string | null;
  actorRole: string | null;
  organisationName: string | null;
  what: string;
  action: string;
};

// Dutch nouns after "je" in the person's wording, with their article for the third person.
const hetWords = ['talentenprofiel', 'profiel', 'segment', 'antwoord', 'assessment', 'traject', 'werk'];
const deWords = [
  'gegevens',
  'naam',
  'toestemmingen',
  'toestemming',
  'assessments',
  'talentenprofielen',
  'uitnodigingen',
  'begeleiding',
  'diploma’s',
  'lifecoach',
  'talenten',
];

/**
 * "bekeek je gegevens" → "bekeek de gegevens", "nodigde je uit" → "nodigde de persoon uit". Pure.
 * The possessive "je" gets the noun's article; any other "je" is the person.
 */
export function staffWords(personWords: string): string {
  return personWords
    .replace(/\bje (\S+)/g, (whole, noun: string) => {
      const bare = noun.replace(/[,.]$/, '');
      if (hetWords.includes(bare)) return `het ${noun}`;
      if (deWords.includes(bare)) return `de ${noun}`;
      return whole;
    })
    .replace(/\bje\b/g, 'de persoon');
}

export function describeForStaff(action: string): string {
  if (action === 'match_candidate.viewed') return 'zag het profiel zonder naam, met een kandidaatcode';
  if (action === 'audit_trail.viewed') return 'bekeek wie de gegevens zag';
  if (action === 'record_access_log.viewed') return 'bekeek zelf wie de gegevens zag';
  return staffWords(describeWhat(action));
}

/**
 * Everything the audit log holds about one person, newest first, a page at a time: programme
 * staff only. The person must exist (404 otherwise). The read itself is audited.
 */
export async function listPersonAuditTrail(
  ctx: RequestContext,
  jobSeekerId: string,
  page: PageQuery,
): Promise<{ fullName: string; items: AuditTrailLine[]; nextCursor: string | null }> {
  assertCan(ctx.actor, Permission.ReadAuditLog);
  const person = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const found = await findPage(ctx.em, AuditEntry, { subjectId: person.id }, page, { id: 'desc' });
  const userIds = [...new Set(found.items.flatMap((entry) => entry.actorUserId ?? []))];
  const organisationIds = [...new Set(found.items.flatMap((entry) => entry.actorOrganisationId ?? []))];
  const [users, organisations] = await Promise.all([
    userIds.length ? ctx.em.find(User, { id: { $in: userIds } }, { fields: ['displayName'] }) : [],
    organisationIds.length
      ? ctx.em.find(Organisation, { id: { $in: organisationIds } }, { fields: ['name'] })
      : [],
  ]);
  const userName = new Map(users.map((user) => [user.id, user.displayName]));
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  recordAudit(ctx, {
    action: 'audit_trail.viewed',
    entityType: 'job_seeker',
    entityId: person.id,
    subjectId: person.id,
  });
  await ctx.em.flush();
  return {
    fullName: person.fullName,
    nextCursor: found.nextCursor,
    items: found.items.map((entry) => ({
      occurredAt: entry.occurredAt,
      actorName: entry.actorUserId ? (userName.get(entry.actorUserId) ?? null) : null,
      actorRole: entry.actorRole ?? null,
      organisationName: entry.actorOrganisationId
        ? (organisationName.get(entry.actorOrganisationId) ?? null)
        : null,
      what: describeForStaff(entry.action),
      action: entry.action,
    })),
  };
}
