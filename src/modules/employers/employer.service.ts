import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { Organisation } from '../organisations/organisation.entity';
import { employerScope } from './employer.access';
import type { EmployerView, PutEmployerProfileInput } from './employer.schemas';
import { EmployerProfile } from './employer-profile.entity';

function toEmployerView(
  organisation: Organisation,
  profile: EmployerProfile | null,
  reference: ReferenceData,
): EmployerView {
  return {
    id: organisation.id,
    name: organisation.name,
    profile: profile && {
      sectorCode: profile.sectorCode,
      sectorLabel: reference.catalogue.sector(profile.sectorCode)?.labelNl ?? null,
      postcode: profile.postcode,
      postcodeFull: profile.postcodeFull ?? null,
      address: profile.address ?? null,
      underCao: profile.underCao,
      caoName: profile.caoName ?? null,
      hasSroiObligation: profile.hasSroiObligation,
      version: profile.version,
    },
  };
}

export async function listEmployers(
  ctx: RequestContext,
  query: PageQuery,
  reference: ReferenceData,
): Promise<Page<EmployerView>> {
  assertCan(ctx.actor, Permission.ReadEmployers);
  const page = await findPage(ctx.em, Organisation, employerScope(ctx.actor), query, { name: 'asc' });
  const profiles = await ctx.em.find(EmployerProfile, { organisation: { $in: page.items.map((o) => o.id) } });
  const byOrganisation = new Map(profiles.map((profile) => [profile.organisation.id, profile]));
  return {
    items: page.items.map((o) => toEmployerView(o, byOrganisation.get(o.id) ?? null, reference)),
    nextCursor: page.nextCursor,
  };
}

export async function getEmployer(
  ctx: RequestContext,
  id: string,
  reference: ReferenceData,
): Promise<EmployerView> {
  assertCan(ctx.actor, Permission.ReadEmployers);
  const organisation = await findInScope(ctx.em, Organisation, id, employerScope(ctx.actor), {
    nl: 'Deze werkgever',
    en: 'Employer',
  });
  const profile = await ctx.em.findOne(EmployerProfile, { organisation });
  return toEmployerView(organisation, profile, reference);
}

export async function putEmployerProfile(
  ctx: RequestContext,
  id: string,
  input: PutEmployerProfileInput,
  reference: ReferenceData,
): Promise<EmployerView> {
  assertCan(ctx.actor, Permission.ManageEmployerProfile);
  const organisation = await findInScope(ctx.em, Organisation, id, employerScope(ctx.actor), {
    nl: 'Deze werkgever',
    en: 'Employer',
  });
  const errors = [];
  if (!reference.catalogue.hasSector(input.sectorCode)) {
    errors.push({ path: ['sectorCode'], message: 'Unknown ISCO-08 group; see GET /api/catalogue/sectors.' });
  }
  if (!reference.postcodes.has(input.postcode.pc4)) {
    errors.push({ path: ['postcode'], message: 'This postcode is not in our postcode list.' });
  }
  if (input.underCao && !input.caoName) {
    errors.push({ path: ['caoName'], message: 'Name the collective labour agreement (cao).' });
  }
  if (errors.length) throw validationError(errors);

  let profile = await ctx.em.findOne(EmployerProfile, { organisation });
  const values = {
    sectorCode: input.sectorCode,
    postcode: input.postcode.pc4,
    postcodeFull: input.postcode.full,
    address: input.address,
    underCao: input.underCao,
    caoName: input.underCao ? input.caoName : null,
    hasSroiObligation: input.hasSroiObligation,
  };
  if (profile) {
    if (input.version === undefined) {
      throw validationError([
        { path: ['version'], message: 'Send the version of the profile you are changing.' },
      ]);
    }
    assertVersion(profile, input.version);
    ctx.em.assign(profile, values);
  } else {
    profile = ctx.em.create(EmployerProfile, { organisation, ...values });
  }
  recordAudit(ctx, {
    action: 'employer_profile.updated',
    entityType: 'organisation',
    entityId: organisation.id,
    fields: Object.keys(values),
  });
  await ctx.em.flush();
  return toEmployerView(organisation, profile, reference);
}
