import type { OrganisationKind, Role } from '../src/access/roles';

/** A small, fictional Rotterdam programme: names are invented, the shape is real. */
export const demoOrganisations: { key: string; name: string; kind: OrganisationKind }[] = [
  { key: 'programme', name: 'Warm Rotterdam', kind: 'PROGRAMME' },
  { key: 'partnerCharlois', name: 'Buurtkracht Charlois', kind: 'PARTNER' },
  { key: 'partnerDelfshaven', name: 'Samen Sterk Delfshaven', kind: 'PARTNER' },
  { key: 'employerHaven', name: 'Havenlogistiek Waalhaven', kind: 'EMPLOYER' },
  { key: 'employerSchoon', name: 'Schoonmaakbedrijf De Maas', kind: 'EMPLOYER' },
  { key: 'employerZorg', name: 'Zorggroep Zuidplein', kind: 'EMPLOYER' },
  { key: 'roffabriek', name: 'Roffabriek', kind: 'TRAJECTORY_PROVIDER' },
];

export const demoUsers: {
  key: string;
  organisation: string;
  displayName: string;
  email: string;
  role: Role;
}[] = [
  {
    key: 'admin',
    organisation: 'programme',
    displayName: 'Petra Programma',
    email: 'admin@warmrotterdam.example',
    role: 'PROGRAMME_ADMIN',
  },
  {
    key: 'lifecoachSamira',
    organisation: 'programme',
    displayName: 'Samira El Amrani',
    email: 'samira@warmrotterdam.example',
    role: 'LIFECOACH',
  },
  {
    key: 'lifecoachKees',
    organisation: 'programme',
    displayName: 'Kees de Vries',
    email: 'kees@warmrotterdam.example',
    role: 'LIFECOACH',
  },
  {
    // The advisory group of experts by experience: reads the programme's reports, nothing person-level.
    key: 'advisoryGroup',
    organisation: 'programme',
    displayName: 'Fatma Adviesgroep',
    email: 'adviesgroep@warmrotterdam.example',
    role: 'ADVISORY_GROUP',
  },
  {
    key: 'partnerWorker',
    organisation: 'partnerCharlois',
    displayName: 'Ingrid Bakker',
    email: 'ingrid@buurtkracht.example',
    role: 'PARTNER_WORKER',
  },
  {
    key: 'partnerWorkerDelfshaven',
    organisation: 'partnerDelfshaven',
    displayName: 'Mohamed Yilmaz',
    email: 'mohamed@samensterk.example',
    role: 'PARTNER_WORKER',
  },
  {
    key: 'recruiterHaven',
    organisation: 'employerHaven',
    displayName: 'Jeroen Visser',
    email: 'jeroen@havenlogistiek.example',
    role: 'EMPLOYER_RECRUITER',
  },
  {
    // The team leader who gives the two-weekly feedback on the demo placement: a manager account,
    // which sees only the placements it manages (/leidinggevende).
    key: 'managerHaven',
    organisation: 'employerHaven',
    displayName: 'Erik Vermaat',
    email: 'erik@havenlogistiek.example',
    role: 'MANAGER',
  },
  {
    key: 'mentorHaven',
    organisation: 'employerHaven',
    displayName: 'Fatima Ouali',
    email: 'fatima@havenlogistiek.example',
    role: 'MENTOR',
  },
  {
    key: 'recruiterSchoon',
    organisation: 'employerSchoon',
    displayName: 'Linda Jansen',
    email: 'linda@demaas.example',
    role: 'EMPLOYER_RECRUITER',
  },
  {
    key: 'recruiterZorg',
    organisation: 'employerZorg',
    displayName: 'Anouk de Graaf',
    email: 'anouk@zorggroepzuidplein.example',
    role: 'EMPLOYER_RECRUITER',
  },
  {
    key: 'mentorZorg',
    organisation: 'employerZorg',
    displayName: 'Ruud Smit',
    email: 'ruud@zorggroepzuidplein.example',
    role: 'MENTOR',
  },
  {
    key: 'coordinator',
    organisation: 'roffabriek',
    displayName: 'Priya Ramdin',
    email: 'priya@roffabriek.example',
    role: 'TRAJECTORY_COORDINATOR',
  },
];

/** One printed demo token per role. */
export const demoTokenHolders = [
  'admin',
  'lifecoachSamira',
  'partnerWorker',
  'recruiterHaven',
  'mentorHaven',
  'coordinator',
];

/**
 * Printed with a sign-in way but without a token of their own: the manager of the demo placement at
 * Havenlogistiek (the recruiter holds the employer's token).
 */
export const demoSignInOnly = ['managerHaven'];
