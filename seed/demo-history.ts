// The programme's history for the demo (and, larger, for bench/reports.ts): a deterministic
// generator of what a year of the service verbs would have written — registrations, assessments,
// segment decisions, trajectories, two held Meet & Greets, candidacies with their steps, hires,
// conversions and endings with causes — dated in the past, written in a few multi-row inserts.
// The people of the history are the caseload of a lifecoach of earlier years whose account is
// switched off, so they stay out of the demo lifecoaches' own lists.

import type { EntityManager } from '@mikro-orm/core';
import { nameKey } from '../src/modules/job-seekers/name-key';
import { addMonths } from '../src/modules/placements/placement-rules';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';

type Row = Record<string, unknown>;
export type HistoryRows = Record<string, Row[]>;

export type HistoryWorld = {
  now: Date;
  /** How many people registered over the history, and over how many days before today. */
  people: number;
  days: number;
  seed: number;
  lifecoachId: string;
  adminId: string;
  partners: readonly string[];
  vacancies: readonly { id: string; employerId: string; hours: number }[];
  offerings: readonly {
    id: string;
    providerId: string;
    kind: 'LEARN_WORK' | 'ACTIVATION' | 'TRAINING_MODULE';
  }[];
};

/** A small seeded generator (mulberry32): the same seed gives the same history. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

const FIRST = [
  'Anouk',
  'Bilal',
  'Chantal',
  'Dennis',
  'Esra',
  'Fatih',
  'Gerda',
  'Hamza',
  'Ilse',
  'Jamal',
  'Karin',
  'Latifa',
  'Marco',
  'Nadia',
  'Orlando',
  'Priya',
  'Rachid',
  'Sandra',
  'Tim',
  'Ümit',
  'Wendy',
  'Yusuf',
  'Zeynep',
  'Henk',
  'Mirjam',
  'Kofi',
  'Sevda',
  'Ricardo',
];
const LAST = [
  'de Vries',
  'Yilmaz',
  'Martina',
  'Bakker',
  'El Amrani',
  'Jansen',
  'Pinas',
  'Visser',
  'Kaya',
  'Smit',
  'Boateng',
  'van Dijk',
  'Öztürk',
  'Mulder',
  'Tahiri',
  'de Groot',
  'Rozenblad',
  'Bouzid',
  'Meijer',
  'Sedney',
];
const POSTCODES = [
  '3011',
  '3021',
  '3022',
  '3024',
  '3025',
  '3031',
  '3044',
  '3072',
  '3073',
  '3074',
  '3081',
  '3083',
  '3086',
  '3089',
];
const END_REASONS = [
  ['HOURS_TOO_HEAVY', 'Vier dagen per week was in het begin te veel; opbouwen ging te snel.'],
  ['PERSONAL_CIRCUMSTANCES', 'Thuis kwam er veel op haar af; de lifecoach helpt daar nu eerst bij.'],
  ['TASK_MISMATCH', 'Het werk was anders dan in de vacature stond.'],
  ['TRAVEL_TOO_HARD', 'De reis met het OV duurde bij vroege diensten te lang.'],
  ['CONTRACT_NOT_EXTENDED', 'Het seizoenswerk stopte; de werkgever wil hem later graag terug.'],
  ['BETTER_JOB_ELSEWHERE', 'Vond zelf een vaste baan dichter bij huis.'],
  ['CONFLICT_AT_WORK', 'Botsing met een collega; de mentor was toen ziek.'],
] as const;
const NOT_SELECTED = [
  'COMPETENCE_GAP',
  'HOURS_DO_NOT_FIT',
  'OTHER_CANDIDATE_CHOSEN',
  'NO_MATCH_IN_CONVERSATION',
] as const;

const at = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;

/** Generates the history's rows per table. Pure: the same world gives the same rows. */
export function generateHistory(world: HistoryWorld): HistoryRows {
  const r = random(world.seed);
  const today = programmeToday(world.now);
  const rows: HistoryRows = {
    job_seeker: [],
    lifecoach_assignment: [],
    assessment: [],
    segment_decision: [],
    trajectory_placement: [],
    meet_and_greet: [],
    meet_and_greet_participant: [],
    candidacy: [],
    candidacy_transition: [],
    placement: [],
    placement_hours_change: [],
  };
  const past = (day: string) => day < today;
  // Two Meet & Greets held in the history: about two thirds and one third of the way.
  const events = [Math.round(world.days * 0.62), Math.round(world.days * 0.3)].map((ago, index) => {
    const day = addDays(today, -ago);
    const id = r.uuid();
    rows.meet_and_greet?.push({
      id,
      title: `Meet & Greet ${index === 0 ? 'voorjaar' : 'najaar'}`,
      event_date: day,
      start_time: '14:00',
      place: 'Wijkcentrum Zuidplein',
      seeker_capacity: 60,
      rounds: 4,
      round_minutes: 15,
      break_minutes: 5,
      max_conversations_per_seeker: 3,
      shortlist_size: 8,
      status: 'HELD',
      held_at: at(day, 17),
      created_by_user_id: world.adminId,
      created_at: at(addDays(day, -40)),
      updated_at: at(day, 17),
    });
    return { id, day };
  });
  // The instrument changed to version 2 halfway through.
  const versionTwoFrom = addDays(today, -Math.round(world.days / 2));

  for (let n = 0; n < world.people; n++) {
    const registeredOn = addDays(today, -r.between(5, world.days));
    const ageBand = r.next();
    const age = ageBand < 0.28 ? r.between(18, 26) : ageBand < 0.72 ? r.between(27, 49) : r.between(50, 64);
    const birthYear = Number(registeredOn.slice(0, 4)) - age;
    const dateOfBirth = `${birthYear}-${String(r.between(1, 12)).padStart(2, '0')}-${String(r.between(1, 28)).padStart(2, '0')}`;
    const fullName = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const id = r.uuid();
    const person: Row = {
      id,
      full_name: fullName,
      name_key: nameKey(fullName),
      phone: `06${String(40_000_000 + n).padStart(8, '0')}`,
      postcode: r.pick(POSTCODES),
      date_of_birth: dateOfBirth,
      preferred_language: 'nl',
      referring_organisation_id: world.partners.length && r.chance(0.45) ? r.pick(world.partners) : null,
      responsible_lifecoach_id: world.lifecoachId,
      registered_by_user_id: world.lifecoachId,
      current_segment: null,
      segment_review_date: null,
      created_at: at(registeredOn),
      updated_at: at(registeredOn),
    };
    rows.job_seeker?.push(person);
    rows.lifecoach_assignment?.push({
      id: r.uuid(),
      job_seeker_id: id,
      lifecoach_id: world.lifecoachId,
      started_at: at(registeredOn),
      assigned_by_user_id: world.lifecoachId,
    });
    // Assessed within a month (most people), then a segment a few days later.
    const assessedOn = addDays(registeredOn, r.between(6, 30));
    if (!past(assessedOn) || r.chance(0.12)) continue;
    const version = assessedOn >= versionTwoFrom ? 2 : 1;
    rows.assessment?.push({
      id: r.uuid(),
      job_seeker_id: id,
      lifecoach_user_id: world.lifecoachId,
      instrument_version: version,
      status: 'COMPLETED',
      answers: '{}',
      evidence: '[]',
      started_at: at(addDays(assessedOn, -r.between(0, 7))),
      completed_at: at(assessedOn, 15),
      updated_at: at(assessedOn, 15),
    });
    const roll = r.next();
    let segment: 'READY' | 'LATER' | 'NOT_NOW' = roll < 0.42 ? 'READY' : roll < 0.78 ? 'LATER' : 'NOT_NOW';
    const decisions: { segment: typeof segment; on: string }[] = [];
    const decide = (value: typeof segment, on: string) => decisions.push({ segment: value, on });
    const segmentedOn = addDays(assessedOn, r.between(0, 4));
    decide(segment, segmentedOn);
    let readyFrom: string | null = segment === 'READY' ? segmentedOn : null;

    // A trajectory for "later" (learn-work) and "not now" (activation).
    const kind = segment === 'LATER' ? 'LEARN_WORK' : segment === 'NOT_NOW' ? 'ACTIVATION' : null;
    const offering = kind ? world.offerings.find((o) => o.kind === kind) : undefined;
    if (offering && r.chance(segment === 'LATER' ? 0.75 : 0.5)) {
      const proposedOn = addDays(segmentedOn, r.between(3, 14));
      const startOn = addDays(proposedOn, r.between(7, 30));
      if (past(startOn)) {
        const finishOn = addDays(startOn, r.between(70, 180));
        const finished = past(finishOn);
        const completed = finished && r.chance(0.72);
        const finishReason =
          finished && !completed
            ? r.pick([
                'Ziek geworden en gestopt.',
                'Verhuisd naar een andere stad.',
                'Paste niet; wil liever iets met de handen.',
                'Kon de uren niet combineren met de zorg voor haar moeder.',
              ])
            : null;
        rows.trajectory_placement?.push({
          id: r.uuid(),
          offering_id: offering.id,
          provider_id: offering.providerId,
          job_seeker_id: id,
          status: finished ? (completed ? 'COMPLETED' : 'ENDED') : 'STARTED',
          handover_note: 'Overgedragen door de lifecoach met wat de persoon al vertelde.',
          contact_route: 'VIA_LIFECOACH',
          segment_at_proposal: segment,
          proposed_by_user_id: world.lifecoachId,
          proposed_at: at(proposedOn),
          decided_by_user_id: world.adminId,
          decided_at: at(addDays(proposedOn, 2)),
          start_date: startOn,
          actual_start_date: startOn,
          attendance: finished && !completed ? 'STOPPED' : 'ON_TRACK',
          finished_on: finished ? finishOn : null,
          finish_reason: finishReason,
          created_at: at(proposedOn),
          updated_at: at(finished ? finishOn : startOn),
        });
        // After a completed learn-work trajectory most people are ready for work.
        if (completed && segment === 'LATER' && r.chance(0.65)) {
          const movedOn = addDays(finishOn, r.between(2, 14));
          if (past(movedOn)) {
            segment = 'READY';
            decide('READY', movedOn);
            readyFrom = movedOn;
          }
        }
      }
    }
    decisions.forEach((d, index) => {
      const next = decisions[index + 1];
      rows.segment_decision?.push({
        id: r.uuid(),
        job_seeker_id: id,
        computed_segment: d.segment,
        reasons: '[]',
        to_move_up: '[]',
        segment: d.segment,
        review_date: addDays(d.on, 90),
        decided_at: at(d.on, 16),
        decided_by_user_id: world.lifecoachId,
        lifecoach_user_id: world.lifecoachId,
        superseded_at: next ? at(next.on, 16) : null,
      });
    });
    person.current_segment = segment;
    person.segment_review_date = addDays(decisions[decisions.length - 1]?.on ?? segmentedOn, 90);

    // Ready for work: meet employers (at a Meet & Greet or directly) and apply.
    if (!readyFrom) continue;
    const event = events.find(
      (e) => e.day > (readyFrom as string) && e.day <= addDays(readyFrom as string, 150),
    );
    const metAtEvent = event && r.chance(0.7) ? event : null;
    if (metAtEvent)
      rows.meet_and_greet_participant?.push({
        id: r.uuid(),
        meet_and_greet_id: metAtEvent.id,
        job_seeker_id: id,
        status: 'ACCEPTED',
        contact_route: 'VIA_LIFECOACH',
        attended: true,
        invited_by_user_id: world.adminId,
        invited_at: at(addDays(metAtEvent.day, -30)),
        responded_at: at(addDays(metAtEvent.day, -25)),
      });
    const older = age >= 50;
    const applications = r.between(2, 4);
    const vacancies = [...world.vacancies].sort(() => r.next() - 0.5).slice(0, applications);
    let hired = false;
    for (const vacancy of vacancies) {
      let day = metAtEvent ? addDays(metAtEvent.day, -20) : addDays(readyFrom, r.between(5, 60));
      if (!past(day)) break;
      const candidacyId = r.uuid();
      const steps: {
        from: string | null;
        to: string;
        day: string;
        mover: string;
        reason?: string;
        note?: string;
      }[] = [{ from: null, to: 'PROPOSED', day, mover: 'SYSTEM' }];
      // The pass chance per step; people of 50 and over are put on the list less often — the
      // pattern the fairness report is there to show.
      const path = metAtEvent
        ? (['SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED'] as const)
        : (['SHORTLISTED', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED'] as const);
      let status = 'PROPOSED';
      for (const to of path) {
        if (hired && to === 'OFFERED') break;
        const gap = to === 'MET' && metAtEvent ? 0 : r.between(3, 14);
        const nextDay = to === 'MET' && metAtEvent ? metAtEvent.day : addDays(day, gap);
        if (!past(nextDay)) break;
        const chance =
          to === 'SHORTLISTED' ? (older ? 0.45 : 0.72) : to === 'MET' ? 0.95 : to === 'HIRED' ? 0.9 : 0.74;
        if (!r.chance(chance)) {
          const reason = r.pick(NOT_SELECTED);
          steps.push({ from: status, to: 'NOT_SELECTED', day: nextDay, mover: 'EMPLOYER', reason });
          status = 'NOT_SELECTED';
          break;
        }
        steps.push({ from: status, to, day: nextDay, mover: to === 'MET' ? 'SYSTEM' : 'EMPLOYER' });
        status = to;
        day = nextDay;
      }
      if (hired && status !== 'NOT_SELECTED' && status !== 'HIRED') {
        steps.push({
          from: status,
          to: 'WITHDRAWN',
          day: addDays(day, 1),
          mover: 'LIFECOACH',
          reason: 'OTHER_ROUTE',
        });
        status = 'WITHDRAWN';
      }
      const last = steps[steps.length - 1] as (typeof steps)[number];
      rows.candidacy?.push({
        id: candidacyId,
        job_seeker_id: id,
        vacancy_id: vacancy.id,
        employer_id: vacancy.employerId,
        meet_and_greet_id: metAtEvent?.id ?? null,
        status,
        reason_code: last.reason ?? null,
        last_moved_at: at(last.day, 11),
        created_at: at(steps[0]?.day as string, 9),
        updated_at: at(last.day, 11),
      });
      for (const step of steps)
        rows.candidacy_transition?.push({
          id: r.uuid(),
          candidacy_id: candidacyId,
          from_status: step.from,
          to_status: step.to,
          reason_code: step.reason ?? null,
          note: null,
          mover: step.mover,
          actor_user_id: null,
          actor_organisation_id: step.mover === 'EMPLOYER' ? vacancy.employerId : null,
          occurred_at: at(step.day, 11),
        });
      if (status !== 'HIRED' || hired) continue;
      hired = true;
      // The job: started two weeks after the hire; some end, with a cause; some become permanent.
      const startOn = addDays(last.day, 14);
      if (!past(startOn)) continue;
      const learnWork = r.chance(0.15);
      const hours = Math.min(vacancy.hours, r.pick([16, 20, 24, 28, 32, 36]));
      const endRoll = r.next();
      const endAfter =
        endRoll < 0.16
          ? r.between(14, 85)
          : endRoll < 0.26
            ? r.between(95, 175)
            : endRoll < 0.36
              ? r.between(190, 350)
              : null;
      const endOn = endAfter === null ? null : addDays(startOn, endAfter);
      const ended = endOn !== null && past(endOn);
      const convertOn = addMonths(startOn, 7);
      const converted =
        !learnWork && past(convertOn) && (!ended || (endOn as string) > convertOn) && r.chance(0.45);
      // Heavy hours and circumstances at home are the causes named most often.
      const cause = ended ? (r.chance(0.55) ? END_REASONS[r.between(0, 1)] : r.pick(END_REASONS)) : null;
      const placementId = r.uuid();
      const steps2 = [
        { fromWeek: 1, hours: Math.max(8, hours - 12) },
        { fromWeek: 5, hours },
      ];
      rows.placement?.push({
        id: placementId,
        job_seeker_id: id,
        employer_id: vacancy.employerId,
        vacancy_id: vacancy.id,
        candidacy_id: candidacyId,
        status: ended ? 'ENDED' : converted ? 'CONVERTED_TO_PERMANENT' : 'ACTIVE',
        start_date: startOn,
        contract_type: learnWork ? 'LEARN_WORK' : 'EMPLOYMENT',
        contract_duration_months: learnWork ? 12 : 7,
        contract_hours_per_week: hours,
        zero_hours_contract: !learnWork && r.chance(0.05),
        paid: true,
        under_cao: r.chance(0.85),
        pay: JSON.stringify({ min: 14.4, max: 16.5, per: 'HOUR' }),
        lifecoach_id: world.lifecoachId,
        hours_build_up: JSON.stringify(steps2),
        absences: '[]',
        started_at: at(startOn, 8),
        converted_on: converted ? convertOn : null,
        end_date: ended ? endOn : null,
        end_reason: cause?.[0] ?? null,
        end_note: cause?.[1] ?? null,
        ended_by_side: ended ? 'PROGRAMME' : null,
        returns_to_programme: ended ? r.chance(0.5) : null,
        created_by_user_id: world.adminId,
        created_at: at(last.day, 12),
        updated_at: at(ended ? (endOn as string) : startOn, 12),
      });
      rows.placement_hours_change?.push({
        id: r.uuid(),
        placement_id: placementId,
        steps: JSON.stringify(steps2),
        contract_hours_per_week: hours,
        reason: 'Afgesproken bij de start',
        changed_at: at(last.day, 12),
        changed_by_user_id: world.adminId,
      });
    }
  }
  return rows;
}

/** Order matters: rows refer to rows of the tables before them. */
const TABLE_ORDER = [
  'job_seeker',
  'lifecoach_assignment',
  'assessment',
  'segment_decision',
  'trajectory_placement',
  'meet_and_greet',
  'meet_and_greet_participant',
  'candidacy',
  'candidacy_transition',
  'placement',
  'placement_hours_change',
] as const;

/** Writes the rows with multi-row inserts, a few hundred rows at a time. */
export async function writeHistory(
  execute: (sql: string, params: unknown[]) => Promise<unknown>,
  rows: HistoryRows,
): Promise<void> {
  for (const table of TABLE_ORDER) {
    const list = rows[table] ?? [];
    if (!list.length) continue;
    const columns = [...new Set(list.flatMap((row) => Object.keys(row)))];
    const perChunk = Math.max(1, Math.floor(20_000 / columns.length));
    for (let i = 0; i < list.length; i += perChunk) {
      const chunk = list.slice(i, i + perChunk);
      const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await execute(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values}`,
        chunk.flatMap((row) => columns.map((c) => row[c] ?? null)),
      );
    }
  }
}

export const HISTORY_LIFECOACH_EMAIL = 'lifecoach.eerdere-jaren@warmrotterdam.example';

/**
 * Adds a year of history to the demo: a lifecoach of earlier years (account switched off) with the
 * people who went through the programme, the two Meet & Greets held, their jobs and how they went.
 */
export async function seedDemoHistory(
  em: EntityManager,
  options: { now?: Date; people?: number; days?: number; seed?: number } = {},
): Promise<{ people: number; placements: number }> {
  const connection = em.getConnection();
  // Inside the caller's transaction (an embedded database has a single connection).
  const execute = (sql: string, params: unknown[] = []) =>
    connection.execute(sql, params, 'all', em.getTransactionContext());
  const programme = (await execute(
    `select id from organisation where kind = 'PROGRAMME' order by created_at limit 1`,
  )) as { id: string }[];
  const admin = (await execute(
    `select id from app_user where role = 'PROGRAMME_ADMIN' order by created_at, id limit 1`,
  )) as { id: string }[];
  if (!programme[0] || !admin[0]) throw new Error('The history needs the demo programme and its staff first');
  const now = options.now ?? new Date();
  const lifecoachId = crypto.randomUUID();
  await execute(
    `insert into app_user (id, organisation_id, display_name, email, role, active, created_at, updated_at)
     values (?, ?, 'Ineke de Wit (eerdere jaren)', ?, 'LIFECOACH', false, ?, ?)`,
    [lifecoachId, programme[0].id, HISTORY_LIFECOACH_EMAIL, now.toISOString(), now.toISOString()],
  );
  const partners = (
    (await execute(`select id from organisation where kind = 'PARTNER' order by name`)) as { id: string }[]
  ).map((p) => p.id);
  const vacancies = (
    (await execute(`select id, employer_id, hours_max from vacancy order by created_at, id`)) as {
      id: string;
      employer_id: string;
      hours_max: number;
    }[]
  ).map((v) => ({ id: v.id, employerId: v.employer_id, hours: Number(v.hours_max) }));
  const offerings = (
    (await execute(`select id, provider_id, kind from trajectory_offering order by created_at, id`)) as {
      id: string;
      provider_id: string;
      kind: HistoryWorld['offerings'][number]['kind'];
    }[]
  ).map((o) => ({ id: o.id, providerId: o.provider_id, kind: o.kind }));
  const rows = generateHistory({
    now,
    people: options.people ?? 600,
    days: options.days ?? 365,
    seed: options.seed ?? 14,
    lifecoachId,
    adminId: admin[0].id,
    partners,
    vacancies,
    offerings,
  });
  await writeHistory(execute, rows);
  return { people: rows.job_seeker?.length ?? 0, placements: rows.placement?.length ?? 0 };
}
