import { say } from '../../http/messages';
// Pure rules of the hiring pipeline: which step may follow which, who may take it, and which reasons
// go with it. No database, no HTTP.
//
//   PROPOSED → SHORTLISTED → MET → INVITED → INTERVIEWED → OFFERED → HIRED
//   exits from every open state: DECLINED_BY_PERSON · NOT_SELECTED · WITHDRAWN · VACANCY_CLOSED
//
// HIRED and the exits are final. "Open" is every state before them.

export const candidacyStatuses = [
  'PROPOSED',
  'SHORTLISTED',
  'MET',
  'INVITED',
  'INTERVIEWED',
  'OFFERED',
  'HIRED',
  'DECLINED_BY_PERSON',
  'NOT_SELECTED',
  'WITHDRAWN',
  'VACANCY_CLOSED',
] as const;
export type CandidacyStatus = (typeof candidacyStatuses)[number];

export const OPEN_CANDIDACY_STATUSES = [
  'PROPOSED',
  'SHORTLISTED',
  'MET',
  'INVITED',
  'INTERVIEWED',
  'OFFERED',
] as const satisfies readonly CandidacyStatus[];

export const isOpenCandidacy = (status: CandidacyStatus): boolean =>
  (OPEN_CANDIDACY_STATUSES as readonly CandidacyStatus[]).includes(status);

/**
 * Who takes a step. SYSTEM steps follow from something else (the schedule is fixed, the event was
 * held, the person was hired elsewhere, the vacancy closed); the user who caused them is still logged.
 */
export const movers = ['EMPLOYER', 'LIFECOACH', 'PROGRAMME', 'SYSTEM', 'PERSON'] as const;
export type Mover = (typeof movers)[number];

/** The employer decides not to go on: every reason is about the work, never about the person's age or background. */
export const notSelectedReasons = [
  'COMPETENCE_GAP',
  'HOURS_DO_NOT_FIT',
  'TRAVEL_DISTANCE',
  'OTHER_CANDIDATE_CHOSEN',
  'NO_MATCH_IN_CONVERSATION',
  'VACANCY_CHANGED',
  'OTHER',
] as const;
export type NotSelectedReason = (typeof notSelectedReasons)[number];

/** A lifecoach or programme staff withdraws a candidacy. */
export const withdrawReasons = ['CIRCUMSTANCES', 'OTHER_ROUTE', 'OTHER'] as const;
export type WithdrawReason = (typeof withdrawReasons)[number];

/** Reasons only the service itself gives. */
export const systemReasons = [
  'HIRED_ELSEWHERE',
  'NOT_ATTENDING',
  'VACANCY_FILLED',
  'VACANCY_CLOSED',
] as const;
export type SystemReason = (typeof systemReasons)[number];

export const candidacyReasonCodes = [
  ...notSelectedReasons,
  'CIRCUMSTANCES',
  'OTHER_ROUTE',
  ...systemReasons,
] as const satisfies readonly (NotSelectedReason | WithdrawReason | SystemReason)[];
export type CandidacyReasonCode = (typeof candidacyReasonCodes)[number];

export const CANDIDACY_STATUS_LABELS_NL: Record<CandidacyStatus, string> = {
  PROPOSED: 'Voorgesteld',
  SHORTLISTED: 'Op de lijst voor een gesprek',
  MET: 'Kennisgemaakt',
  INVITED: 'Uitgenodigd voor een sollicitatiegesprek',
  INTERVIEWED: 'Sollicitatiegesprek gehad',
  OFFERED: 'Baan aangeboden',
  HIRED: 'Aangenomen',
  DECLINED_BY_PERSON: 'Kandidaat gaat niet verder',
  NOT_SELECTED: 'Niet gekozen door de werkgever',
  WITHDRAWN: 'Teruggetrokken',
  VACANCY_CLOSED: 'Vacature gesloten',
};

export const CANDIDACY_REASON_LABELS_NL: Record<CandidacyReasonCode, string> = {
  COMPETENCE_GAP: 'Een vaardigheid die nodig is, ontbreekt nog',
  HOURS_DO_NOT_FIT: 'De uren passen niet',
  TRAVEL_DISTANCE: 'De reisafstand is te groot',
  OTHER_CANDIDATE_CHOSEN: 'Een andere kandidaat past beter',
  NO_MATCH_IN_CONVERSATION: 'Het gesprek gaf geen klik met het werk',
  VACANCY_CHANGED: 'De vacature is veranderd',
  OTHER: 'Een andere reden',
  CIRCUMSTANCES: 'Persoonlijke omstandigheden',
  OTHER_ROUTE: 'Een andere route gekozen',
  HIRED_ELSEWHERE: 'Ergens anders aangenomen',
  NOT_ATTENDING: 'Komt niet naar de Meet & Greet',
  VACANCY_FILLED: 'Alle plaatsen van de vacature zijn vervuld',
  VACANCY_CLOSED: 'De vacature is gesloten',
};

// The person says no themselves (from their own space) or through their lifecoach.
const PERSON_SIDE: readonly Mover[] = ['PERSON', 'LIFECOACH', 'PROGRAMME'];
const EXITS: Partial<Record<CandidacyStatus, readonly Mover[]>> = {
  DECLINED_BY_PERSON: PERSON_SIDE,
  NOT_SELECTED: ['EMPLOYER'],
  WITHDRAWN: ['LIFECOACH', 'PROGRAMME', 'SYSTEM'],
  VACANCY_CLOSED: ['SYSTEM'],
};

const TRANSITIONS: Record<CandidacyStatus, Partial<Record<CandidacyStatus, readonly Mover[]>>> = {
  // Fixing the schedule turns the employer's marks into steps: WANT/MAYBE → shortlisted, NO → not selected.
  PROPOSED: { ...EXITS, SHORTLISTED: ['SYSTEM'], NOT_SELECTED: ['EMPLOYER', 'SYSTEM'] },
  // Holding the event records who met; programme staff may record a meeting outside the schedule.
  SHORTLISTED: { ...EXITS, MET: ['SYSTEM', 'PROGRAMME'], INVITED: ['EMPLOYER'] },
  MET: { ...EXITS, INVITED: ['EMPLOYER'] },
  INVITED: { ...EXITS, INTERVIEWED: ['EMPLOYER'] },
  INTERVIEWED: { ...EXITS, OFFERED: ['EMPLOYER'] },
  OFFERED: { ...EXITS, HIRED: ['EMPLOYER'] },
  HIRED: {},
  DECLINED_BY_PERSON: {},
  NOT_SELECTED: {},
  WITHDRAWN: {},
  VACANCY_CLOSED: {},
};

/** Who may take the step from → to; empty when the step does not exist. */
export const moversOf = (from: CandidacyStatus, to: CandidacyStatus): readonly Mover[] =>
  TRANSITIONS[from][to] ?? [];

export const transitionExists = (from: CandidacyStatus, to: CandidacyStatus): boolean =>
  moversOf(from, to).length > 0;

export const mayMove = (mover: Mover, from: CandidacyStatus, to: CandidacyStatus): boolean =>
  moversOf(from, to).includes(mover);

/**
 * A hire recorded outside the pipeline (POST /api/placements: the person was found another way): from
 * any open step straight to HIRED, by the employer, the lifecoach or programme staff. Not a step of
 * the transitions endpoint, so the pipeline's own order (interview only after the person agreed to
 * share their profile) stays as it is.
 */
export const DIRECT_HIRE_MOVERS: readonly Mover[] = ['EMPLOYER', 'LIFECOACH', 'PROGRAMME'];

export const mayHireDirectly = (mover: Mover, from: CandidacyStatus): boolean =>
  isOpenCandidacy(from) && DIRECT_HIRE_MOVERS.includes(mover);

/** The next steps a mover can take from a state (for clients that show buttons). */
export const nextSteps = (from: CandidacyStatus, mover: Mover): CandidacyStatus[] =>
  candidacyStatuses.filter((to) => mayMove(mover, from, to));

/**
 * Whether this reason (or none) goes with this step by this mover; a message saying what is wrong
 * otherwise. The person never has to give a reason to decline; an employer always names one when
 * not going on; a withdrawal names one.
 */
export function reasonProblem(
  to: CandidacyStatus,
  mover: Mover,
  reasonCode: CandidacyReasonCode | null,
): string | null {
  const allowed: readonly (CandidacyReasonCode | null)[] = (() => {
    switch (to) {
      case 'NOT_SELECTED':
        return mover === 'SYSTEM' ? [...notSelectedReasons, null] : notSelectedReasons;
      case 'WITHDRAWN':
        return mover === 'SYSTEM' ? ['HIRED_ELSEWHERE', 'NOT_ATTENDING'] : withdrawReasons;
      case 'VACANCY_CLOSED':
        return ['VACANCY_FILLED', 'VACANCY_CLOSED'];
      default:
        return [null];
    }
  })();
  if (allowed.includes(reasonCode)) return null;
  if (reasonCode === null)
    return say(
      { nl: 'Kies een reden: {value1}.', en: 'Choose a reason.' },
      { value1: allowed.filter((code) => code !== null).join(', ') },
    );
  if (allowed.length === 1 && allowed[0] === null)
    return say({ nl: 'Bij deze stap hoort geen reden.', en: 'This step takes no reason code.' });
  return say(
    {
      nl: 'Deze reden past niet bij deze stap. Kies uit: {value1}.',
      en: 'This reason does not fit this step.',
    },
    { value1: allowed.filter((code) => code !== null).join(', ') },
  );
}

// Free text is read by programme staff, who follow up on prejudice. Age is named explicitly by job
// seekers as the prejudice they meet most, so notes that mention it are flagged for review.
const AGE_WORDS =
  /\b(leeftijd|leeftijden|oud|oude|ouder|oudere|ouderen|jong|jonge|jonger|jongere|jongeren|pensioen|generatie|age|aged|old|older|young|younger)\b/i;

export const mentionsAge = (text: string | null | undefined): boolean => !!text && AGE_WORDS.test(text);
