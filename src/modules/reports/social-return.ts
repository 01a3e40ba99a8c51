// Pure module: social return (SROI) per employer over a period — people hired through the programme,
// hours worked under the contract, months employed, and the kinds of contract. No database, no HTTP.

import type { ContractType } from '../vacancies/vacancy.entity';

export type SocialReturnPlacement = {
  employerId: string;
  startDate: string;
  /** Last day worked, or null while still working. */
  endDate: string | null;
  contractType: ContractType;
  contractHoursPerWeek: number;
  paid: boolean;
  underCao: boolean;
  zeroHoursContract: boolean;
  convertedOn: string | null;
};

export type SocialReturnTotals = {
  employerId: string;
  /** People who worked there within the period. */
  people: number;
  /** Of them, how many started within the period. */
  hired: number;
  /** Contract hours per week × weeks worked inside the period, rounded to whole hours. */
  hoursWorked: number;
  /** Months (of 30.44 days) worked inside the period, one decimal. */
  monthsEmployed: number;
  paid: number;
  underCao: number;
  permanentProspect: number;
  learnWork: number;
  zeroHours: number;
};

const DAY = 24 * 60 * 60 * 1000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

/** Days worked within [from, to]; 0 when the placement lies outside the period. */
export function daysWorkedIn(placement: SocialReturnPlacement, from: string, to: string): number {
  const start = placement.startDate > from ? placement.startDate : from;
  const lastDay = placement.endDate && placement.endDate < to ? placement.endDate : to;
  return start > lastDay ? 0 : days(start, lastDay);
}

export function socialReturnTotals(
  placements: readonly SocialReturnPlacement[],
  from: string,
  to: string,
): SocialReturnTotals[] {
  const byEmployer = new Map<string, SocialReturnTotals>();
  for (const p of placements) {
    const worked = daysWorkedIn(p, from, to);
    if (worked === 0) continue;
    const t = byEmployer.get(p.employerId) ?? {
      employerId: p.employerId,
      people: 0,
      hired: 0,
      hoursWorked: 0,
      monthsEmployed: 0,
      paid: 0,
      underCao: 0,
      permanentProspect: 0,
      learnWork: 0,
      zeroHours: 0,
    };
    t.people++;
    if (p.startDate >= from && p.startDate <= to) t.hired++;
    t.hoursWorked += (p.contractHoursPerWeek * worked) / 7;
    t.monthsEmployed += worked / 30.44;
    if (p.paid) t.paid++;
    if (p.underCao) t.underCao++;
    if (p.convertedOn || (p.contractType === 'EMPLOYMENT' && p.paid && !p.zeroHoursContract))
      t.permanentProspect++;
    if (p.contractType === 'LEARN_WORK') t.learnWork++;
    if (p.zeroHoursContract) t.zeroHours++;
    byEmployer.set(p.employerId, t);
  }
  return [...byEmployer.values()].map((t) => ({
    ...t,
    hoursWorked: Math.round(t.hoursWorked),
    monthsEmployed: Math.round(t.monthsEmployed * 10) / 10,
  }));
}
