import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { Organisation } from '../organisations/organisation.entity';
import { trajectoryProviderScope } from './trajectory.access';
import { TrajectoryProviderProfile } from './trajectory-provider.entity';
import type {
  ListTrajectoryProvidersQuery,
  PutTrajectoryProviderInput,
  TrajectoryProviderView,
} from './trajectory-provider.schemas';

/** Provider profiles of these organisations, by organisation id (platform populated). */
export async function providerProfilesOf(
  em: EntityManager,
  organisationIds: readonly string[],
): Promise<Map<string, TrajectoryProviderProfile>> {
  if (organisationIds.length === 0) return new Map();
  const profiles = await em.find(
    TrajectoryProviderProfile,
    { organisation: { $in: [...new Set(organisationIds)] } },
    { populate: ['platform'] },
  );
  return new Map(profiles.map((profile) => [profile.organisation.id, profile]));
}

/** Ids of the platform itself and of every member organisation. */
export async function platformAndMemberIds(em: EntityManager, platformId: string): Promise<string[]> {
  const members = await em.find(TrajectoryProviderProfile, { platform: platformId });
  return [platformId, ...members.map((member) => member.organisation.id)];
}

export const platformRef = (profile: TrajectoryProviderProfile | undefined) =>
  profile?.platform ? { id: profile.platform.id, name: profile.platform.name } : null;

function toProviderView(
  organisation: Organisation,
  profile: TrajectoryProviderProfile | undefined,
): TrajectoryProviderView {
  return {
    id: organisation.id,
    name: organisation.name,
    platform: platformRef(profile),
    description: profile?.description ?? null,
    profileVersion: profile?.version ?? null,
  };
}

export async function listTrajectoryProviders(
  ctx: RequestContext,
  query: ListTrajectoryProvidersQuery,
): Promise<Page<TrajectoryProviderView>> {
  assertCan(ctx.actor, Permission.ReadTrajectoryProviders);
  const filter = query.platformId
    ? { id: { $in: await platformAndMemberIds(ctx.em, query.platformId) } }
    : {};
  const page = await findPage(
    ctx.em,
    Organisation,
    { $and: [filter, trajectoryProviderScope(ctx.actor)] },
    query,
    { name: 'asc' },
  );
  const profiles = await providerProfilesOf(
    ctx.em,
    page.items.map((organisation) => organisation.id),
  );
  return {
    items: page.items.map((organisation) => toProviderView(organisation, profiles.get(organisation.id))),
    nextCursor: page.nextCursor,
  };
}

export async function getTrajectoryProvider(
  ctx: RequestContext,
  id: string,
): Promise<TrajectoryProviderView> {
  assertCan(ctx.actor, Permission.ReadTrajectoryProviders);
  const organisation = await findInScope(ctx.em, Organisation, id, trajectoryProviderScope(ctx.actor), {
    nl: 'Deze trajectaanbieder',
    en: 'Trajectory provider',
  });
  const profiles = await providerProfilesOf(ctx.em, [organisation.id]);
  return toProviderView(organisation, profiles.get(organisation.id));
}

/** Why `platform` cannot be the platform of `organisation`, or null when it can (one level deep). */
async function platformProblem(
  em: EntityManager,
  organisation: Organisation,
  platform: Organisation | null,
): Promise<string | null> {
  if (!platform)
    return say({
      nl: 'Dit is geen trajectaanbieder.',
      en: 'This is not a trajectory provider organisation.',
    });
  if (platform.id === organisation.id) {
    return say({
      nl: 'Een aanbieder is geen lid van zichzelf.',
      en: 'A provider cannot be its own platform.',
    });
  }
  if ((await providerProfilesOf(em, [platform.id])).get(platform.id)?.platform) {
    return say({
      nl: 'Dit platform is zelf lid van een ander platform; kies het platform zelf.',
      en: 'This platform is itself a member of another platform.',
    });
  }
  if ((await em.count(TrajectoryProviderProfile, { platform: organisation.id })) > 0) {
    return say({
      nl: 'Deze aanbieder is zelf een platform met leden en kan geen lid worden.',
      en: 'This provider has members, so it cannot join a platform.',
    });
  }
  return null;
}

/**
 * Programme staff set which platform a provider belongs to (one level: a platform is never a member
 * itself, and a member has no members) and its description.
 */
export async function putTrajectoryProvider(
  ctx: RequestContext,
  id: string,
  input: PutTrajectoryProviderInput,
): Promise<TrajectoryProviderView> {
  assertCan(ctx.actor, Permission.ManageTrajectoryProviders);
  const organisation = await findInScope(ctx.em, Organisation, id, trajectoryProviderScope(ctx.actor), {
    nl: 'Deze trajectaanbieder',
    en: 'Trajectory provider',
  });
  const platform =
    input.platformId === null
      ? null
      : await ctx.em.findOne(Organisation, { id: input.platformId, kind: 'TRAJECTORY_PROVIDER' });
  if (input.platformId !== null) {
    const problem = await platformProblem(ctx.em, organisation, platform);
    if (problem) throw validationError([{ path: ['platformId'], message: problem }]);
  }

  let profile = await ctx.em.findOne(TrajectoryProviderProfile, { organisation }, { populate: ['platform'] });
  if (profile) {
    if (input.version === undefined) {
      throw validationError([
        { path: ['version'], message: 'Send the version of the profile you are changing.' },
      ]);
    }
    assertVersion(profile, input.version);
    profile.platform = platform;
    profile.description = input.description;
  } else {
    profile = ctx.em.create(TrajectoryProviderProfile, {
      organisation,
      platform,
      description: input.description,
    });
  }
  recordAudit(ctx, {
    action: 'trajectory_provider.updated',
    entityType: 'organisation',
    entityId: organisation.id,
    fields: ['platform', 'description'],
  });
  await ctx.em.flush();
  return toProviderView(organisation, profile);
}
