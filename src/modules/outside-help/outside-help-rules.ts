// Pure module: referrals to help outside the programme (debt counselling, the municipality's Work and
// Income department, care, housing) and their "did they arrive?" check. No database, no HTTP.

import { addDays, daysBetween } from '../readiness/review-dates';

export const outsideHelpKinds = ['DEBT_COUNSELLING', 'WORK_AND_INCOME', 'CARE', 'HOUSING'] as const;
export type OutsideHelpKind = (typeof outsideHelpKinds)[number];

export const OUTSIDE_HELP_KIND_LABELS_NL: Record<OutsideHelpKind, string> = {
  DEBT_COUNSELLING: 'Schuldhulpverlening',
  WORK_AND_INCOME: 'Werk en Inkomen (gemeente)',
  CARE: 'Zorg',
  HOUSING: 'Wonen',
};

/** WAITING: the check is still open; ARRIVED: the person got there; NOT_GOING: it will not happen. */
export const outsideHelpStatuses = ['WAITING', 'ARRIVED', 'NOT_GOING'] as const;
export type OutsideHelpStatus = (typeof outsideHelpStatuses)[number];

export const OUTSIDE_HELP_STATUS_LABELS_NL: Record<OutsideHelpStatus, string> = {
  WAITING: 'Nog niet bevestigd',
  ARRIVED: 'Aangekomen',
  NOT_GOING: 'Gaat niet door',
};

/** Days after the referral date the lifecoach checks whether the person arrived, unless they chose a day. */
export const DEFAULT_ARRIVAL_CHECK_DAYS = 14;

export const defaultCheckOn = (referredOn: string): string => addDays(referredOn, DEFAULT_ARRIVAL_CHECK_DAYS);

/** The check is due once its day has come and the arrival is not confirmed. */
export const arrivalCheckDue = (
  referral: { status: OutsideHelpStatus; checkOn: string },
  today: string,
): boolean => referral.status === 'WAITING' && referral.checkOn <= today;

export const daysPastCheck = (checkOn: string, today: string): number =>
  Math.max(0, daysBetween(checkOn, today));
