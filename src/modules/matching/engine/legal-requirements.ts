// Certificates and licences that the law (not the employer's taste) requires for some work. A
// vacancy may ask for them; a person without one fails the LEGAL_REQUIREMENT gate. Diplomas are
// deliberately not on this list: the programme matches on talent, not on diplomas.

export const LEGAL_QUALIFICATIONS = [
  'VCA_BASIS',
  'VCA_VOL',
  'RIJBEWIJS_B',
  'RIJBEWIJS_C',
  'RIJBEWIJS_CE',
  'CODE_95',
  'HEFTRUCK',
  'REACHTRUCK',
  'BHV',
  'SOCIALE_HYGIENE',
  'ZORG_VOG',
] as const;
export type LegalQualificationCode = (typeof LEGAL_QUALIFICATIONS)[number];

export const LEGAL_QUALIFICATION_LABELS_NL: Record<LegalQualificationCode, string> = {
  VCA_BASIS: 'VCA Basis (veilig werken)',
  VCA_VOL: 'VCA VOL (veilig werken, leidinggevend)',
  RIJBEWIJS_B: 'Rijbewijs B (auto)',
  RIJBEWIJS_C: 'Rijbewijs C (vrachtwagen)',
  RIJBEWIJS_CE: 'Rijbewijs CE (vrachtwagen met aanhanger)',
  CODE_95: 'Code 95 (vakbekwaamheid chauffeur)',
  HEFTRUCK: 'Heftruckcertificaat',
  REACHTRUCK: 'Reachtruckcertificaat',
  BHV: 'Bedrijfshulpverlening (BHV)',
  SOCIALE_HYGIENE: 'Verklaring Sociale Hygiëne',
  ZORG_VOG: 'Verklaring Omtrent het Gedrag (VOG) voor de zorg',
};

/**
 * A qualification also counts as the ones it includes: VCA VOL covers everything VCA Basis
 * does, and the Dutch licence C can only be obtained with B (CE only with C).
 */
export const INCLUDED_QUALIFICATIONS: Partial<
  Record<LegalQualificationCode, readonly LegalQualificationCode[]>
> = {
  VCA_VOL: ['VCA_BASIS'],
  RIJBEWIJS_C: ['RIJBEWIJS_B'],
  RIJBEWIJS_CE: ['RIJBEWIJS_C', 'RIJBEWIJS_B'],
};

/** The talent profile records a driving licence under mobility; this maps it to a qualification. */
export const MOBILITY_QUALIFICATIONS: Readonly<Record<string, LegalQualificationCode>> = {
  rijbewijs_b: 'RIJBEWIJS_B',
};

const BIT_BY_CODE = new Map<string, number>(LEGAL_QUALIFICATIONS.map((code, index) => [code, 1 << index]));

export class UnknownQualificationError extends Error {
  override readonly name = 'UnknownQualificationError';

  constructor(readonly code: string) {
    super(`Unknown legal qualification ${code}; use one of ${LEGAL_QUALIFICATIONS.join(', ')}`);
  }
}

export function isLegalQualification(code: string): code is LegalQualificationCode {
  return BIT_BY_CODE.has(code);
}

function bitOf(code: string): number {
  const bit = BIT_BY_CODE.get(code);
  if (bit === undefined) throw new UnknownQualificationError(code);
  return bit;
}

/** Bitmask of what a person holds, including what their qualifications include. */
export function heldQualificationMask(codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) {
    mask |= bitOf(code);
    for (const included of INCLUDED_QUALIFICATIONS[code as LegalQualificationCode] ?? [])
      mask |= bitOf(included);
  }
  return mask;
}

/** Bitmask of what a vacancy requires. */
export function requiredQualificationMask(codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) mask |= bitOf(code);
  return mask;
}
