// The top of the OpenAPI document at /openapi.json: what the service is, where it answers, under
// which licence, and one line per tag. Every tag a route uses is declared here (the contract test
// checks it), so the reference page and generated clients group operations with a description.

/** Tags in the order of the programme's journey; the reference page lists them so. */
export const apiTags = [
  { name: 'System', description: 'Liveness and readiness, without a token.' },
  {
    name: 'Tokens',
    description: 'Who am I, and API tokens: programme admins issue and revoke them; a secret is shown once.',
  },
  {
    name: 'Organisations',
    description: 'The programme, partners, employers and trajectory providers (programme admin).',
  },
  { name: 'Users', description: 'People who work with the service, each in one organisation with one role.' },
  { name: 'Audit log', description: 'Who read or changed what, and when (programme admin).' },
  {
    name: 'Job seekers',
    description: 'Registration, caseloads and handovers between lifecoaches. Reads of a person are audited.',
  },
  {
    name: 'Referrals',
    description:
      'What a referring partner sees of the people it referred: the status in five plain words, never segment, profile or notes.',
  },
  {
    name: 'Outside help',
    description:
      'Referrals to debt counselling, Werk en Inkomen, care and housing, and their "did they arrive?" check (lifecoach, programme).',
  },
  {
    name: 'Consents',
    description:
      'Consent per purpose against a versioned text in plain Dutch; given and withdrawn, with history.',
  },
  { name: 'Catalogue', description: 'ESCO competences, occupations and sectors with Dutch labels.' },
  {
    name: 'Assessment instrument',
    description: 'The versioned instrument the assessment form is built from.',
  },
  {
    name: 'Assessments',
    description: 'Talent assessments by the lifecoach: answers, evidence and completion.',
  },
  { name: 'Talent profiles', description: 'The profile versions an assessment produces.' },
  {
    name: 'Readiness segments',
    description: 'The computed and chosen segment (READY, LATER, NOT_NOW) with reasons and review dates.',
  },
  {
    name: 'Trajectories',
    description:
      'Learn-work trajectories and activation at Roffabriek and its social enterprises: offerings, proposals, progress.',
  },
  { name: 'Employers', description: 'Employers and their profile: sector, location, cao, social return.' },
  {
    name: 'Vacancies',
    description: 'Vacancies described by competences; diploma and experience are notes, never matched on.',
  },
  {
    name: 'Matching',
    description:
      'Ranked candidates and vacancies, talents first, with every score component. Employers see candidate codes only.',
  },
  {
    name: 'Meet & Greets',
    description:
      'Events where employers meet candidates: invitations, blind shortlists and the conversation schedule.',
  },
  {
    name: 'Hiring pipeline',
    description: 'Candidacies from shortlist to hire, interview invitations with consented identity reveal.',
  },
  {
    name: 'Reports',
    description:
      'Programme reports, aggregates only: a cell of fewer than 5 people is "< 5". Where prejudice could return (four-fifths rule per age band); social return per employer.',
  },
  {
    name: 'Placements and follow-up',
    description:
      'After the hire: contract, hours build-up, onboarding plan, check-ins, worry flags, outcomes and retention.',
  },
  {
    name: 'Preparation',
    description:
      'The preparation plan of a person in READY or LATER: training modules and progress, what to train, the planned weeks per segment and the moment to meet employers.',
  },
  {
    name: 'Own record',
    description:
      'The person’s own record, consents and answers (a JOB_SEEKER credential only): yes or no to invitations and matches, a reaction to a segment decision.',
  },
  {
    name: 'Erasure',
    description:
      'Stopping: the person (or the lifecoach on their behalf) asks to leave and be erased; programme staff confirm or explain why not yet.',
  },
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Warm Rotterdam Werkt',
    version: '0.1.0',
    description:
      'Talent matching for Warm Rotterdam Werkt: job seekers, assessments, readiness segments, matching with employers and follow-up after the start of work. Errors are application/problem+json (RFC 9457) with a stable `code`.',
    license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
  },
  servers: [
    { url: '/', description: 'This service: paths are relative to where this document is served.' },
    { url: 'http://127.0.0.1:3000', description: 'A local development server (npm start).' },
  ],
  tags: apiTags,
};
