/** A realistic vacancy body as an employer would post it; tests override what they need. */
export const warehouseVacancy = {
  title: 'Orderpicker magazijn',
  occupationCode: '9333.8',
  description: 'Je pakt bestellingen in ons magazijn in Waalhaven. Je werkt in een vast team.',
  postcode: '3089 JH',
  hours: { min: 24, max: 32 },
  gradualBuildUp: true,
  contractType: 'EMPLOYMENT',
  permanentProspect: true,
  underCao: true,
  pay: { min: 14.4, max: 16, per: 'HOUR' },
  requirements: [
    { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'ESSENTIAL' },
    { competenceCode: 'T-WORK-IN-TEAMS', level: 2, tier: 'IMPORTANT' },
  ],
  legalRequirements: [{ minimumAge: 18 }],
  dutchLevel: { speaking: 2, reading: 1, writing: 0 },
  behaviours: ['opTijdKomen'],
  mentorAvailable: true,
  positions: 2,
  employerOnlyNotes: { diploma: 'VMBO', yearsOfExperience: 2, remarks: null },
};
