/**
 * The parts of a person's page, in the order of the sub-navigation. A part that is not built yet
 * shows a short "coming" page inside the person's layout; building it means adding its page file
 * (registered in lifecoach.routes.tsx) and setting `ready: true`.
 */
export const personSections = [
  { key: 'overview', label: 'Gegevens', path: '', ready: true },
  { key: 'consent', label: 'Toestemming', path: '/toestemming', ready: true },
  { key: 'assessment', label: 'Assessment', path: '/assessment', ready: true },
  { key: 'profile', label: 'Profiel en segment', path: '/profiel', ready: true },
  { key: 'work', label: 'Werk en leren', path: '/werk-en-leren', ready: true },
  { key: 'outsideHelp', label: 'Hulp', path: '/hulp', ready: true },
  { key: 'preparation', label: 'Voorbereiding', path: '/voorbereiding', ready: true },
  { key: 'afterHire', label: 'Na de start', path: '/na-de-start', ready: true },
] as const;

export type PersonSectionKey = (typeof personSections)[number]['key'];

export const personPath = (jobSeekerId: string, section: PersonSectionKey = 'overview'): string => {
  const found = personSections.find((candidate) => candidate.key === section);
  return `/werkzoekenden/${jobSeekerId}${found?.path ?? ''}`;
};
