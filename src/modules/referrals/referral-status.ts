/**
 * How a referral is going, in the five plain words the referring partner sees. Pure: the facts come
 * from the person's record, the answer says nothing about segment, profile or notes.
 */
export const referralStatuses = [
  'RECEIVED',
  'FIRST_CONVERSATION',
  'WORKING_ON_IT',
  'AT_WORK',
  'STOPPED',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralStatusLabels: Record<ReferralStatus, string> = {
  RECEIVED: 'ontvangen',
  FIRST_CONVERSATION: 'eerste gesprek gehad',
  WORKING_ON_IT: 'mee bezig',
  AT_WORK: 'aan het werk',
  STOPPED: 'gestopt',
};

/** What a partner may be told, and why (a sentence in plain Dutch for the partner's page). */
export const referralStatusExplanations: Record<ReferralStatus, string> = {
  RECEIVED: 'De aanmelding is binnen. De lifecoach neemt contact op.',
  FIRST_CONVERSATION: 'De lifecoach heeft een eerste gesprek gehad.',
  WORKING_ON_IT: 'De persoon en de lifecoach zijn samen bezig met de weg naar werk.',
  AT_WORK: 'De persoon werkt of begint binnenkort bij een werkgever.',
  STOPPED: 'De persoon doet niet meer mee.',
};

export type ReferralFacts = {
  /** The person asked to stop (an open or carried out stop request). */
  stopped: boolean;
  /** A placement after a hire that runs (draft, active or permanent). */
  runningPlacement: boolean;
  /** Anything the person and the lifecoach started together: assessment, segment, trajectory, candidacy, an ended job. */
  workStarted: boolean;
  /** A lifecoach recorded a first conversation. */
  firstConversation: boolean;
};

/** The furthest step wins: stopped before at work before working on it before a first conversation. */
export function referralStatus(facts: ReferralFacts): ReferralStatus {
  if (facts.stopped) return 'STOPPED';
  if (facts.runningPlacement) return 'AT_WORK';
  if (facts.workStarted) return 'WORKING_ON_IT';
  if (facts.firstConversation) return 'FIRST_CONVERSATION';
  return 'RECEIVED';
}
