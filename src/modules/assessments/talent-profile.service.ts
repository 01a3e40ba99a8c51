import { assertCan, can, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { jobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { type SupportNeeds, storedSharedProfile } from './answers';
import { TalentProfileRecord } from './assessment.entity';
import type { TalentProfileSummaryView, TalentProfileView } from './talent-profile.schemas';

export const toTalentProfileSummary = (
  record: TalentProfileRecord,
  current: boolean,
): TalentProfileSummaryView => ({
  id: record.id,
  jobSeekerId: record.jobSeeker.id,
  profileNumber: record.profileNumber,
  current,
  assessmentId: record.assessment.id,
  instrumentVersion: record.instrumentVersion,
  createdAt: record.createdAt.toISOString(),
  createdByUserId: record.createdByUserId,
});

/**
 * The profile as this caller may see it. Support needs are a separate field that is left out
 * entirely for every role without ReadSupportNeeds — never shown to employers.
 */
export function toTalentProfileView(
  actor: Actor,
  record: TalentProfileRecord,
  current: boolean,
): TalentProfileView {
  const view: TalentProfileView = {
    ...toTalentProfileSummary(record, current),
    profile: storedSharedProfile(record.profile),
  };
  if (can(actor, Permission.ReadSupportNeeds)) {
    view.supportNeeds = record.supportNeeds as unknown as SupportNeeds;
  }
  return view;
}

async function findJobSeekerForProfiles(ctx: RequestContext, jobSeekerId: string): Promise<JobSeeker> {
  assertCan(ctx.actor, Permission.ReadProfiles);
  return findInScope(ctx.em, JobSeeker, jobSeekerId, jobSeekerScope(ctx.actor), {
    nl: 'Deze persoon',
    en: 'Job seeker',
  });
}

const latestProfile = (ctx: RequestContext, jobSeeker: JobSeeker) =>
  ctx.em.findOne(TalentProfileRecord, { jobSeeker }, { orderBy: { profileNumber: 'desc' } });

async function viewed(ctx: RequestContext, record: TalentProfileRecord, current: boolean) {
  const view = toTalentProfileView(ctx.actor, record, current);
  recordAudit(ctx, {
    action: 'talent_profile.viewed',
    entityType: 'talent_profile',
    entityId: record.id,
    subjectId: record.jobSeeker.id,
    fields: view.supportNeeds ? ['profile', 'supportNeeds'] : ['profile'],
  });
  await ctx.em.flush();
  return view;
}

/** The current profile: the one from the latest completed assessment. */
export async function getCurrentProfile(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<TalentProfileView> {
  const jobSeeker = await findJobSeekerForProfiles(ctx, jobSeekerId);
  const record = await latestProfile(ctx, jobSeeker);
  if (!record)
    throw notFound({
      nl: 'Een talentprofiel van deze persoon (er is nog geen assessment afgerond)',
      en: 'A talent profile for this person (no assessment has been completed yet)',
    });
  return viewed(ctx, record, true);
}

/** One profile version; earlier versions stay readable. */
export async function getProfile(
  ctx: RequestContext,
  jobSeekerId: string,
  profileNumber: number,
): Promise<TalentProfileView> {
  const jobSeeker = await findJobSeekerForProfiles(ctx, jobSeekerId);
  const record = await ctx.em.findOne(TalentProfileRecord, { jobSeeker, profileNumber });
  if (!record)
    throw notFound(
      { nl: 'Talentprofiel {number}', en: 'Talent profile {number}' },
      { number: profileNumber },
    );
  const latest = await latestProfile(ctx, jobSeeker);
  return viewed(ctx, record, latest?.id === record.id);
}

/** Every profile version of a person, newest first, without their contents. */
export async function listProfiles(
  ctx: RequestContext,
  jobSeekerId: string,
  query: PageQuery,
): Promise<Page<TalentProfileSummaryView>> {
  const jobSeeker = await findJobSeekerForProfiles(ctx, jobSeekerId);
  const latest = await latestProfile(ctx, jobSeeker);
  const page = await findPage(ctx.em, TalentProfileRecord, { jobSeeker: jobSeeker.id }, query, {
    profileNumber: 'desc',
  });
  recordAudit(ctx, { action: 'talent_profile.listed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return {
    items: page.items.map((record) => toTalentProfileSummary(record, record.id === latest?.id)),
    nextCursor: page.nextCursor,
  };
}
