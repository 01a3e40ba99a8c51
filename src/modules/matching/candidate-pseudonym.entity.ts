import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Vacancy } from '../vacancies/vacancy.entity';

/**
 * The code under which an employer sees a candidate for one vacancy (for example "K-7QF2M9").
 * Random, stable per vacancy and person, and different for every vacancy, so employers cannot
 * link a person across vacancies. Only the service can turn it back into the person.
 */
export const CandidatePseudonymSchema = defineEntity({
  name: 'CandidatePseudonym',
  tableName: 'candidate_pseudonym',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    vacancy: () => p.manyToOne(Vacancy),
    jobSeeker: () => p.manyToOne(JobSeeker),
    code: p.string().length(12),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['vacancy', 'jobSeeker'] }, { properties: ['vacancy', 'code'] }],
});
export class CandidatePseudonym extends CandidatePseudonymSchema.class {}
CandidatePseudonymSchema.setClass(CandidatePseudonym);
