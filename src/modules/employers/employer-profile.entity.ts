import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';

/** What an employer organisation carries beyond its name: sector, location, cao and social return. */
export const EmployerProfileSchema = defineEntity({
  name: 'EmployerProfile',
  tableName: 'employer_profile',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organisation: () => p.oneToOne(Organisation).owner().unique(),
    /** ISCO-08 group (2 digits) from the catalogue's sectors. */
    sectorCode: p.string().length(4),
    postcode: p.string().length(4),
    postcodeFull: p.string().length(7).nullable(),
    address: p.string().length(200).nullable(),
    underCao: p.boolean(),
    caoName: p.string().length(200).nullable(),
    hasSroiObligation: p.boolean(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class EmployerProfile extends EmployerProfileSchema.class {}
EmployerProfileSchema.setClass(EmployerProfile);
