import { defineEntity, p } from '@mikro-orm/core';
import { CONTRACT_KINDS, type WorkingTime } from '../matching/engine/types';
import { Organisation } from '../organisations/organisation.entity';

export const contractTypes = ['EMPLOYMENT', 'LEARN_WORK', 'INTERNSHIP', 'SELF_EMPLOYED'] as const;
export type ContractType = (typeof contractTypes)[number];
export type { ContractKind, WorkingTime } from '../matching/engine/types';
/**
 * The contract kind and working times in the terms the assessment asks the person (instrument items
 * willen.contractwensen and willen.werktijden). Null is "niet opgegeven": vacancies from before these
 * fields, or an employer who leaves them open; matching then checks nothing on them (a minimum of
 * 0 hours still counts as on-call work).
 */
export { CONTRACT_KINDS as contractKinds, WORKING_TIMES as workingTimes } from '../matching/engine/types';
export const vacancyStatuses = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED'] as const;
export type VacancyStatus = (typeof vacancyStatuses)[number];
export const requirementTiers = ['ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE'] as const;
export type RequirementTier = (typeof requirementTiers)[number];

export type CompetenceRequirement = { competenceCode: string; level: number; tier: RequirementTier };
export type LegalRequirement = { code: string } | { minimumAge: number };
export type DutchLevelRequirement = { speaking: number; reading: number; writing: number };
export type PayIndication = { min: number; max: number; per: 'HOUR' | 'MONTH' };
/** Shown to the employer's own people only; never read by matching. */
export type EmployerOnlyNotes = {
  diploma: string | null;
  yearsOfExperience: number | null;
  remarks: string | null;
};

export const VacancySchema = defineEntity({
  name: 'Vacancy',
  tableName: 'vacancy',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    employer: () => p.manyToOne(Organisation).index(),
    title: p.string().length(200),
    occupationCode: p.string().length(20).nullable(),
    description: p.text(),
    postcode: p.string().length(4),
    postcodeFull: p.string().length(7).nullable(),
    hoursMin: p.integer(),
    hoursMax: p.integer(),
    gradualBuildUp: p.boolean(),
    contractType: p.enum(contractTypes),
    contractKind: p.enum(CONTRACT_KINDS).nullable(),
    workingTimes: p.json<WorkingTime[]>().nullable(),
    permanentProspect: p.boolean(),
    paid: p.boolean(),
    underCao: p.boolean(),
    pay: p.json<PayIndication>().nullable(),
    requirements: p.json<CompetenceRequirement[]>(),
    legalRequirements: p.json<LegalRequirement[]>(),
    dutchLevel: p.json<DutchLevelRequirement>().nullable(),
    behaviours: p.json<string[]>(),
    mentorAvailable: p.boolean(),
    positions: p.integer(),
    status: p.enum(vacancyStatuses).index(),
    employerOnlyNotes: p.json<EmployerOnlyNotes>(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class Vacancy extends VacancySchema.class {}
VacancySchema.setClass(Vacancy);
