import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { recordAudit } from '../audit/audit.service';
import { organisationScope } from './organisation.access';
import { Organisation } from './organisation.entity';
import type {
  CreateOrganisationInput,
  ListOrganisationsQuery,
  OrganisationView,
  UpdateOrganisationInput,
} from './organisation.schemas';

export const toOrganisationView = (organisation: Organisation): OrganisationView => ({
  id: organisation.id,
  name: organisation.name,
  kind: organisation.kind,
  createdAt: organisation.createdAt.toISOString(),
  updatedAt: organisation.updatedAt.toISOString(),
  version: organisation.version,
});

export async function listOrganisations(
  ctx: RequestContext,
  query: ListOrganisationsQuery,
): Promise<Page<OrganisationView>> {
  assertCan(ctx.actor, Permission.ReadOrganisations);
  const filter = query.kind ? { kind: query.kind } : {};
  const page = await findPage(ctx.em, Organisation, { $and: [filter, organisationScope(ctx.actor)] }, query, {
    name: 'asc',
  });
  return { items: page.items.map(toOrganisationView), nextCursor: page.nextCursor };
}

export async function getOrganisation(ctx: RequestContext, id: string): Promise<OrganisationView> {
  assertCan(ctx.actor, Permission.ReadOrganisations);
  return toOrganisationView(
    await findInScope(ctx.em, Organisation, id, organisationScope(ctx.actor), {
      nl: 'Deze organisatie',
      en: 'Organisation',
    }),
  );
}

export async function createOrganisation(
  ctx: RequestContext,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  assertCan(ctx.actor, Permission.ManageOrganisations);
  const organisation = ctx.em.create(Organisation, { name: input.name, kind: input.kind });
  recordAudit(ctx, { action: 'organisation.created', entityType: 'organisation', entityId: organisation.id });
  await ctx.em.flush();
  return toOrganisationView(organisation);
}

export async function updateOrganisation(
  ctx: RequestContext,
  id: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationView> {
  assertCan(ctx.actor, Permission.ManageOrganisations);
  const organisation = await findInScope(ctx.em, Organisation, id, organisationScope(ctx.actor), {
    nl: 'Deze organisatie',
    en: 'Organisation',
  });
  assertVersion(organisation, input.version);
  organisation.name = input.name;
  recordAudit(ctx, {
    action: 'organisation.updated',
    entityType: 'organisation',
    entityId: id,
    fields: ['name'],
  });
  await ctx.em.flush();
  return toOrganisationView(organisation);
}
