/**
 * Readiness segmentation: a dated professional judgement with reasons, never a label.
 *
 * The model "can and wants" (PRODUCT.md, step 3), with thresholds from the instrument's
 * segmentationRules:
 *
 *   READY   (kansrijk voor werk) — every check against `ready` is met:
 *             behaviour   average of the gedrag scores, learnability left out  >= minBehaviourAverage
 *             learnability  gedrag.leerbaarheid                                >= minLearnability
 *             motivation    willen.motivatie                                   >= minMotivation
 *             hours         most hours per week the person wants (uren.max)    >= minHoursPerWeek
 *             preconditions open points known and solvable within maxObstacleHorizon (three months)
 *   LATER   (kansrijk op termijn) — not READY, but every check against `later` is met: a learn-work
 *             trajectory of three months up to about 1.5 years can bridge the gap.
 *   NOT_NOW — otherwise. Never a closed case: every decision has a review date
 *             (reviewAfterDays per segment; the red phase within redPhaseReviewAfterDays).
 *
 * Preconditions count by whether open points are known and solvable in time, never by their
 * existence: debts with a running plan that is settled within three months do not stand in the
 * way of READY. Open points are every listed obstacle (not yet clear → 'onbekend') and every
 * precondition that is not in order; such a precondition takes the longest horizon of the listed
 * obstacles of its types, or 'onbekend' when none is listed (no plan yet).
 *
 * Never used: age or any other personal characteristic (the profile holds none), the work-style
 * profile (descriptive only), competence levels (matching weighs those against a vacancy), and the
 * stoplight phase apart from red, which bypasses the profile (segmentRedPhase).
 */
import type { ProfileObstacle, TalentProfile } from '../assessments/answers';
import {
  horizonRank,
  LEARNABILITY_ITEM_ID,
  type ObstacleHorizon,
  type SegmentationRules,
  type SegmentThresholds,
} from '../assessments/instrument';

export const SEGMENTS = ['READY', 'LATER', 'NOT_NOW'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_LABELS_NL: Record<Segment, string> = {
  READY: 'Kansrijk voor werk',
  LATER: 'Kansrijk voor werk op termijn',
  NOT_NOW: 'Nu eerst andere stappen',
};

export type Criterion = 'behaviour' | 'learnability' | 'motivation' | 'hours' | 'preconditions' | 'stoplight';

/** 'op_orde' when nothing is open. */
export type PreconditionsValue = 'op_orde' | ObstacleHorizon;

export interface SegmentReason {
  criterion: Criterion;
  /** The segment this check is needed for. */
  forSegment: Exclude<Segment, 'NOT_NOW'>;
  labelNl: string;
  value: number | string;
  threshold: number | string;
  met: boolean;
  explanationNl: string;
}

export interface SegmentDecision {
  segment: Segment;
  basis: 'profile' | 'redPhase';
  reasons: SegmentReason[];
  /** Plain Dutch steps towards the next segment up; empty for READY. */
  toMoveUp: string[];
  /** ISO date (YYYY-MM-DD, UTC) by which the decision is looked at again. */
  reviewDate: string;
}

export function segmentProfile(
  profile: TalentProfile,
  rules: SegmentationRules,
  asOf: Date,
): SegmentDecision {
  const facts = readFacts(profile);
  const readyChecks = evaluate(facts, rules.ready, 'READY');
  if (readyChecks.every((check) => check.reason.met)) {
    return decision('READY', readyChecks, [], rules, asOf);
  }
  const laterChecks = evaluate(facts, rules.later, 'LATER');
  if (laterChecks.every((check) => check.reason.met)) {
    return decision('LATER', readyChecks, stepsFor(readyChecks), rules, asOf);
  }
  return decision('NOT_NOW', [...readyChecks, ...laterChecks], stepsFor(laterChecks), rules, asOf);
}

/** Someone in crisis is not assessed further: NOT_NOW, seen again within four weeks. */
export function segmentRedPhase(rules: SegmentationRules, asOf: Date): SegmentDecision {
  return {
    segment: 'NOT_NOW',
    basis: 'redPhase',
    reasons: [
      {
        criterion: 'stoplight',
        forSegment: 'LATER',
        labelNl: 'Fase (stoplicht)',
        value: 'rood',
        threshold: 'oranje of groen',
        met: false,
        explanationNl: 'Er is nu een crisis. Eerst rust en hulp; het assessment wacht.',
      },
    ],
    toMoveUp: ['Eerst rust en hulp bij wat nu speelt. Daarna kijken we samen verder naar werk.'],
    reviewDate: addDays(asOf, rules.redPhaseReviewAfterDays),
  };
}

// ---------------------------------------------------------------------------------------------

interface OpenPoint {
  labelNl: string;
  horizon: ObstacleHorizon;
  /** Known but without a plan yet (a precondition not in order and no obstacle listed). */
  noPlan: boolean;
}

interface Facts {
  behaviourAverage: number;
  learnability: number;
  motivation: number;
  hoursPerWeek: number;
  openPoints: OpenPoint[];
}

function readFacts(profile: TalentProfile): Facts {
  const behaviour = Object.entries(profile.behaviourScores)
    .filter(([itemId]) => itemId !== LEARNABILITY_ITEM_ID)
    .map(([, score]) => score);
  const learnability = profile.behaviourScores[LEARNABILITY_ITEM_ID];
  if (behaviour.length === 0 || learnability === undefined) {
    throw new Error('Profile lacks behaviour scores; compute it with computeTalentProfile');
  }
  return {
    behaviourAverage: behaviour.reduce((sum, score) => sum + score, 0) / behaviour.length,
    learnability,
    motivation: profile.motivation,
    hoursPerWeek: profile.wantedHours.max,
    openPoints: openPoints(profile.supportNeeds.obstacles, profile.supportNeeds.preconditions),
  };
}

function obstacleHorizon(obstacle: ProfileObstacle): ObstacleHorizon {
  // What is not yet clear cannot have a known horizon, whatever was filled in.
  return obstacle.bekend ? obstacle.oplosbaarBinnen : 'onbekend';
}

function longest(horizons: ObstacleHorizon[]): ObstacleHorizon | undefined {
  return horizons.reduce<ObstacleHorizon | undefined>(
    (worst, horizon) => (worst === undefined || horizonRank(horizon) > horizonRank(worst) ? horizon : worst),
    undefined,
  );
}

function openPoints(
  obstacles: ProfileObstacle[],
  preconditions: TalentProfile['supportNeeds']['preconditions'],
): OpenPoint[] {
  const points: OpenPoint[] = obstacles.map((obstacle) => ({
    labelNl: obstacle.labelNl,
    horizon: obstacleHorizon(obstacle),
    noPlan: false,
  }));
  for (const precondition of preconditions) {
    if (precondition.inOrder) continue;
    const plan = obstacles.filter((obstacle) => precondition.obstacleTypes.includes(obstacle.type));
    const horizon = longest(plan.map(obstacleHorizon));
    // With a plan, the obstacles above already carry the horizon; without one it is unknown.
    if (horizon === undefined) {
      points.push({
        labelNl: `${precondition.labelNl} (${precondition.valueLabelNl})`,
        horizon: 'onbekend',
        noPlan: true,
      });
    }
  }
  return points;
}

interface Check {
  reason: SegmentReason;
  /** Steps to meet this check when it is not met. */
  steps: string[];
}

const HORIZON_NL: Record<ObstacleHorizon, string> = {
  drie_maanden: 'binnen drie maanden',
  anderhalf_jaar: 'binnen anderhalf jaar',
  onbekend: 'nog niet te zeggen',
};

const PRECONDITIONS_NOW_NL: Record<PreconditionsValue, string> = {
  op_orde: 'Alles is op orde.',
  drie_maanden: 'Wat nog speelt, is binnen drie maanden geregeld.',
  anderhalf_jaar: 'Wat nog speelt, is binnen anderhalf jaar geregeld.',
  onbekend: 'Van wat nog speelt, is nog niet te zeggen wanneer het geregeld is.',
};

const formatNumber = (value: number) => (Math.round(value * 100) / 100).toString().replace('.', ',');

function evaluate(facts: Facts, thresholds: SegmentThresholds, forSegment: 'READY' | 'LATER'): Check[] {
  const atLeast = (
    criterion: Criterion,
    labelNl: string,
    value: number,
    threshold: number,
    step: string,
  ): Check => {
    const met = value >= threshold;
    return {
      reason: {
        criterion,
        forSegment,
        labelNl,
        value: Math.round(value * 100) / 100,
        threshold,
        met,
        explanationNl: `Nu ${formatNumber(value)}; nodig: minstens ${formatNumber(threshold)}.`,
      },
      steps: met ? [] : [step],
    };
  };

  const { behaviourAverage, learnability, motivation, hoursPerWeek } = facts;
  return [
    atLeast(
      'behaviour',
      'Werkgedrag (gemiddelde)',
      behaviourAverage,
      thresholds.minBehaviourAverage,
      `Werkgedrag verder oefenen, zoals afspraken nakomen en op tijd komen, bijvoorbeeld in een training of op een leer-werkplek (nu gemiddeld ${formatNumber(behaviourAverage)}; nodig ${formatNumber(thresholds.minBehaviourAverage)}).`,
    ),
    atLeast(
      'learnability',
      'Nieuwe dingen leren',
      learnability,
      thresholds.minLearnability,
      `Laten zien dat nieuwe dingen leren lukt, bijvoorbeeld met een korte training (nu ${formatNumber(learnability)}; nodig ${formatNumber(thresholds.minLearnability)}).`,
    ),
    atLeast(
      'motivation',
      'Motivatie om te werken',
      motivation,
      thresholds.minMotivation,
      `Samen ontdekken welk werk past en wat nodig is om te willen beginnen (motivatie nu ${formatNumber(motivation)}; nodig ${formatNumber(thresholds.minMotivation)}).`,
    ),
    atLeast(
      'hours',
      'Uren per week (hoogste gewenste aantal)',
      hoursPerWeek,
      thresholds.minHoursPerWeek,
      `Het aantal uren per week stap voor stap opbouwen naar minstens ${formatNumber(thresholds.minHoursPerWeek)} (nu ${formatNumber(hoursPerWeek)}).`,
    ),
    preconditionsCheck(facts.openPoints, thresholds.maxObstacleHorizon, forSegment),
  ];
}

function preconditionsCheck(
  points: OpenPoint[],
  maxHorizon: ObstacleHorizon,
  forSegment: 'READY' | 'LATER',
): Check {
  const value: PreconditionsValue = longest(points.map((point) => point.horizon)) ?? 'op_orde';
  const blocking = points.filter((point) => horizonRank(point.horizon) > horizonRank(maxHorizon));
  const met = blocking.length === 0;
  const steps = blocking.map((point) => {
    if (point.noPlan) return `${point.labelNl}: samen een plan maken en vastleggen wanneer het geregeld is.`;
    if (point.horizon === 'onbekend') {
      return `${point.labelNl}: samen in kaart brengen wat er speelt en wie kan helpen.`;
    }
    return `${point.labelNl}: zo regelen dat het ${HORIZON_NL[maxHorizon]} het werk niet meer in de weg staat, eventueel met hulp.`;
  });
  return {
    reason: {
      criterion: 'preconditions',
      forSegment,
      labelNl: 'Randvoorwaarden op orde of op tijd geregeld',
      value,
      threshold: maxHorizon,
      met,
      explanationNl: `${PRECONDITIONS_NOW_NL[value]} Nodig: alles geregeld ${HORIZON_NL[maxHorizon]}.`,
    },
    steps,
  };
}

function stepsFor(checks: Check[]): string[] {
  return checks.flatMap((check) => check.steps);
}

function decision(
  segment: Segment,
  checks: Check[],
  toMoveUp: string[],
  rules: SegmentationRules,
  asOf: Date,
): SegmentDecision {
  return {
    segment,
    basis: 'profile',
    reasons: checks.map((check) => check.reason),
    toMoveUp,
    reviewDate: addDays(asOf, rules.reviewAfterDays[segment]),
  };
}

function addDays(date: Date, days: number): string {
  const review = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
  return review.toISOString().slice(0, 10);
}
