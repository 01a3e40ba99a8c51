import { expect } from 'vitest';
import { assessmentSchema } from '../../src/modules/assessments/assessment.schemas';
import { candidateListSchema } from '../../src/modules/matching/matching.schemas';
import { addDays } from '../../src/modules/readiness/review-dates';
import {
  draftWithAnswers,
  laterAnswerParts,
  readyAnswerParts,
  STRENGTHS,
  SUMMARY_FOR_EMPLOYERS,
} from './assessment-flow';
import type { TestUser } from './factories';
import {
  cleaningVacancy,
  currentEventVersion,
  inviteEmployer,
  invitePerson,
  openVacancy,
  recordConsent,
} from './meet-and-greet-setup';
import type { TestApp } from './test-app';

// One run through the whole programme, every step through the API: registration, assessment,
// matching, a Meet & Greet with its schedule, the pipeline to a hire, the placement and its
// follow-up, and learn-work trajectories. Tests that must see every kind of record written, or
// every route that returns personal data called, run it and look at what it left behind.

type Response = Awaited<ReturnType<TestApp['request']>>;

const TODAY = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

function expectStatus(res: Response, status: number, what: string) {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  return res.json;
}

export type ProgrammeJourney = {
  admin: TestUser;
  coach: TestUser;
  recruiter: TestUser;
  manager: TestUser;
  mentor: TestUser;
  provider: TestUser;
  people: Record<'anna' | 'bram' | 'cor' | 'dirk' | 'eva' | 'gijs' | 'hanna', string>;
  vacancyId: string;
  eventId: string;
  placementId: string;
  trajectoryPlacementId: string;
};

export async function runProgrammeJourney(t: TestApp): Promise<ProgrammeJourney> {
  const programme = await t.factory.organisation('PROGRAMME', 'Warm Rotterdam');
  const admin = await t.factory.user('PROGRAMME_ADMIN', programme);
  const coach = await t.factory.user('LIFECOACH', programme);
  const otherCoach = await t.factory.user('LIFECOACH', programme);
  const employer = await t.factory.organisation('EMPLOYER', 'Schoonmaakbedrijf De Maas');
  const recruiter = await t.factory.user('EMPLOYER_RECRUITER', employer);
  const manager = await t.factory.user('EMPLOYER_RECRUITER', employer);
  const mentor = await t.factory.user('MENTOR', employer);
  const provider = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Fietsenwerkplaats Zuid'),
  );
  const token = coach.token;

  // ---- registration, contact changes, legal qualifications, handover
  let phone = 0;
  const register = async (fullName: string, dateOfBirth: string) => {
    phone += 1;
    const body = {
      fullName,
      phone: `06-55 00 00 ${String(phone).padStart(2, '0')}`,
      email: `${fullName.split(' ')[0]?.toLowerCase()}@example.nl`,
      postcode: '3011 AB',
      dateOfBirth,
    };
    return expectStatus(await t.request('POST', '/api/job-seekers', { token, body }), 201, 'register')
      .id as string;
  };
  const people = {
    anna: await register('Anna de Vries', '1968-03-02'),
    bram: await register('Bram Pieters', '1990-11-20'),
    cor: await register('Cor Visser', '1985-06-15'),
    dirk: await register('Dirk Bakker', '1979-01-30'),
    eva: await register('Eva Jansen', '1995-08-08'),
    gijs: await register('Gijs Smit', '1972-12-12'),
    hanna: await register('Hanna Mulder', '1988-04-04'),
  };
  const annaRecord = expectStatus(
    await t.request('GET', `/api/job-seekers/${people.anna}`, { token }),
    200,
    'read a person',
  );
  expectStatus(
    await t.request('PATCH', `/api/job-seekers/${people.anna}`, {
      token,
      body: { email: 'anna.devries@example.nl', version: annaRecord.version },
    }),
    200,
    'change contact data',
  );
  expectStatus(
    await t.request('PUT', `/api/job-seekers/${people.anna}/legal-qualifications`, {
      token,
      body: { codes: ['VCA_BASIS'] },
    }),
    200,
    'legal qualifications',
  );
  expectStatus(await t.request('GET', '/api/job-seekers?limit=50', { token }), 200, 'caseload');
  expectStatus(
    await t.request('POST', `/api/job-seekers/${people.gijs}/handover`, {
      token,
      body: { toLifecoachId: otherCoach.user.id, note: 'Gijs wil graag eerst kennismaken op het buurthuis.' },
    }),
    201,
    'handover',
  );
  expectStatus(
    await t.request('GET', `/api/job-seekers/${people.gijs}/lifecoach-history`, { token: otherCoach.token }),
    200,
    'lifecoach history',
  );

  // ---- consent and assessments (with evidence), profiles
  const assess = async (jobSeekerId: string, name: string, parts: readonly object[]) => {
    const draft = await draftWithAnswers(t, token, jobSeekerId, parts);
    const withEvidence = expectStatus(
      await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
        token,
        body: {
          kind: 'vrijwilligerswerk',
          description: 'Helpt elke week bij de voedselbank in de wijk.',
          competenceCodes: ['T-WORK-IN-TEAMS'],
        },
      }),
      201,
      'evidence',
    );
    expect(assessmentSchema.parse(withEvidence).evidence).toHaveLength(1);
    expectStatus(
      await t.request('POST', `/api/assessments/${draft.id}/complete`, {
        token,
        body: { strengthsSummary: `${name}: ${STRENGTHS}`, summaryForEmployers: SUMMARY_FOR_EMPLOYERS },
      }),
      200,
      `complete the assessment of ${name}`,
    );
  };
  for (const [key, name] of [
    ['anna', 'Anna'],
    ['bram', 'Bram'],
    ['hanna', 'Hanna'],
  ] as const) {
    await assess(people[key], name, readyAnswerParts);
    for (const purpose of ['MATCHING', 'MEET_AND_GREET'] as const)
      await recordConsent(t, coach, people[key], purpose);
  }
  for (const [key, name] of [
    ['cor', 'Cor'],
    ['dirk', 'Dirk'],
    ['eva', 'Eva'],
  ] as const) {
    await assess(people[key], name, laterAnswerParts);
    await recordConsent(t, coach, people[key], 'MATCHING');
  }
  expectStatus(await t.request('GET', `/api/job-seekers/${people.anna}/profile`, { token }), 200, 'profile');
  expectStatus(
    await t.request('GET', `/api/job-seekers/${people.anna}/profiles/1`, { token }),
    200,
    'profile 1',
  );

  // ---- matching
  const vacancyId = await openVacancy(t, recruiter.token, { ...cleaningVacancy, positions: 2 });
  const directVacancyId = await openVacancy(t, recruiter.token, {
    ...cleaningVacancy,
    title: 'Schoonmaker scholen',
    // Cleaning schools happens early and late: the hire by code below does not rank anyone.
    workingTimes: ['overdag', 'avond'],
  });
  const candidates = candidateListSchema.parse(
    expectStatus(
      await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiter.token }),
      200,
      'candidates',
    ),
  );
  expect(candidates.items.length).toBeGreaterThan(0);
  expectStatus(
    await t.request('GET', `/api/vacancies/${vacancyId}/candidates/${candidates.items[0]?.candidateCode}`, {
      token: recruiter.token,
    }),
    200,
    'one candidate',
  );
  expectStatus(
    await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token }),
    200,
    'candidates (staff)',
  );

  // ---- a Meet & Greet: invitations with available rounds, shortlists, schedule, held
  const event = expectStatus(
    await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: {
        title: 'Meet & Greet voorjaar',
        date: '2099-03-12',
        startTime: '13:30',
        place: 'Wijkgebouw De Meent, Rotterdam',
        seekerCapacity: 20,
        rounds: 3,
        roundMinutes: 20,
        breakMinutes: 5,
        maxConversationsPerSeeker: 2,
        shortlistSize: 1,
      },
    }),
    201,
    'plan an event',
  );
  const eventId = event.id as string;
  const invitation = await inviteEmployer(t, admin, eventId, employer.id, [vacancyId], 2);
  expectStatus(
    await t.request('POST', `/api/meet-and-greets/${eventId}/employers/${employer.id}/answer`, {
      token: recruiter.token,
      body: { answer: 'ACCEPT', availableRounds: [1, 2, 3], version: invitation.version },
    }),
    200,
    'employer accepts',
  );
  for (const key of ['anna', 'bram'] as const) {
    const invited = await invitePerson(t, admin, eventId, people[key]);
    expectStatus(
      await t.request('POST', `/api/meet-and-greets/${eventId}/job-seekers/${people[key]}/answer`, {
        token,
        body: {
          answer: 'ACCEPT',
          contactRoute: 'VIA_LIFECOACH',
          availableRounds: [1, 2, 3],
          version: invited.version,
        },
      }),
      200,
      'person accepts',
    );
  }
  expectStatus(
    await t.request('GET', `/api/meet-and-greets/${eventId}/job-seekers`, { token: admin.token }),
    200,
    'people coming',
  );
  expectStatus(
    await t.request('POST', `/api/meet-and-greets/${eventId}/shortlists`, { token: admin.token }),
    200,
    'shortlists',
  );
  const shortlistPath = `/api/meet-and-greets/${eventId}/vacancies/${vacancyId}/shortlist`;
  const staffShortlist = expectStatus(
    await t.request('GET', shortlistPath, { token }),
    200,
    'shortlist (staff)',
  );
  const listed = new Set(
    (staffShortlist.items as { candidate: { jobSeekerId?: string } }[]).map(
      (item) => item.candidate.jobSeekerId,
    ),
  );
  const notListed = (['anna', 'bram'] as const).find((key) => !listed.has(people[key]));
  if (notListed) {
    expectStatus(
      await t.request('POST', shortlistPath, {
        token,
        body: { jobSeekerId: people[notListed], reason: 'Kent het werk al van de voedselbank.' },
      }),
      201,
      'add to the shortlist',
    );
  }
  const employerShortlist = expectStatus(
    await t.request('GET', shortlistPath, { token: recruiter.token }),
    200,
    'shortlist (employer)',
  );
  for (const item of employerShortlist.items as { candidate: { candidateCode: string } }[]) {
    expectStatus(
      await t.request('PUT', `${shortlistPath}/${item.candidate.candidateCode}`, {
        token: recruiter.token,
        body: { wish: 'WANT', reasonCode: 'SKILLS_FIT' },
      }),
      200,
      'mark',
    );
  }
  expectStatus(
    await t.request('GET', `/api/meet-and-greets/${eventId}/schedule`, { token: admin.token }),
    200,
    'schedule',
  );
  const proposal = expectStatus(
    await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: await currentEventVersion(t, admin, eventId) },
    }),
    200,
    'propose',
  );
  const adjusted = expectStatus(
    await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: {
        version: proposal.version,
        conversations: (
          proposal.conversations as { jobSeekerId: string; employerId: string; round: number }[]
        ).map(({ jobSeekerId, employerId, round }) => ({ jobSeekerId, employerId, round })),
      },
    }),
    200,
    'adjust',
  );
  const fixed = expectStatus(
    await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
      token: admin.token,
      body: { version: adjusted.version },
    }),
    200,
    'fix',
  );
  expectStatus(
    await t.request('GET', `/api/meet-and-greets/${eventId}/schedule/job-seekers/${people.anna}`, { token }),
    200,
    'person agenda',
  );
  expectStatus(
    await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version: fixed.version },
    }),
    200,
    'held',
  );

  // ---- the pipeline: invitation, consent to share, identity shared, hire
  const candidacies = expectStatus(
    await t.request('GET', `/api/candidacies?meetAndGreetId=${eventId}&limit=100`, { token: admin.token }),
    200,
    'candidacies (staff)',
  ).items as { id: string; jobSeekerId: string }[];
  const candidacyOf = (jobSeekerId: string) => {
    const found = candidacies.find((candidacy) => candidacy.jobSeekerId === jobSeekerId);
    expect(found, 'a candidacy from the event').toBeDefined();
    return found?.id as string;
  };
  const move = async (id: string, who: TestUser, body: Record<string, unknown>) => {
    const current = expectStatus(
      await t.request('GET', `/api/candidacies/${id}`, { token: who.token }),
      200,
      'candidacy',
    );
    return expectStatus(
      await t.request('POST', `/api/candidacies/${id}/transitions`, {
        token: who.token,
        body: { version: current.version, ...body },
      }),
      200,
      `move to ${String(body.to)}`,
    );
  };
  expectStatus(
    await t.request('GET', `/api/candidacies?vacancyId=${vacancyId}`, { token: recruiter.token }),
    200,
    'candidacies',
  );
  const annaCandidacy = candidacyOf(people.anna);
  await move(annaCandidacy, recruiter, { to: 'INVITED', message: 'Kom je dinsdag om 10 uur langs?' });
  const waiting = expectStatus(
    await t.request('GET', '/api/interview-invitations', { token }),
    200,
    'invitations',
  ).items as { id: string; candidacyId: string; version: number }[];
  const annaInvitation = waiting.find((item) => item.candidacyId === annaCandidacy);
  await recordConsent(t, coach, people.anna, 'PROFILE_SHARING', true, employer.id);
  expectStatus(
    await t.request('POST', `/api/interview-invitations/${annaInvitation?.id}/share`, {
      token,
      body: { contactRoute: 'VIA_LIFECOACH', version: annaInvitation?.version },
    }),
    200,
    'share identity',
  );
  for (const to of ['INTERVIEWED', 'OFFERED', 'HIRED']) await move(annaCandidacy, recruiter, { to });
  await t.factory.candidacyLastMovedDaysAgo(candidacyOf(people.bram), 40);
  expectStatus(await t.request('GET', '/api/stale-candidacies', { token }), 200, 'stale candidacies');

  // ---- the placement that followed the hire, and its follow-up
  const placements = expectStatus(
    await t.request('GET', `/api/placements?vacancyId=${vacancyId}`, { token: recruiter.token }),
    200,
    'placements',
  ).items as { id: string }[];
  const placementId = placements[0]?.id as string;
  expect(placementId, 'a placement for the hire').toBeDefined();
  const readPlacement = async (who: TestUser = recruiter) =>
    expectStatus(
      await t.request('GET', `/api/placements/${placementId}`, { token: who.token }),
      200,
      'placement',
    );
  expectStatus(
    await t.request('PATCH', `/api/placements/${placementId}`, {
      token: recruiter.token,
      body: {
        mentorUserId: mentor.user.id,
        managerUserId: manager.user.id,
        pay: { min: 14.4, max: 15.5, per: 'HOUR' },
        version: (await readPlacement()).version,
      },
    }),
    200,
    'name mentor and manager',
  );
  const start = addDays(TODAY, -20);
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/start`, {
      token: recruiter.token,
      body: { startDate: start },
    }),
    200,
    'start',
  );
  expectStatus(
    await t.request('PUT', `/api/placements/${placementId}/hours-build-up`, {
      token: manager.token,
      body: {
        steps: [
          { fromWeek: 1, hours: 16 },
          { fromWeek: 4, hours: 24 },
        ],
        reason: 'Rustig opbouwen, zo afgesproken met Anna.',
        version: (await readPlacement(manager)).version,
      },
    }),
    200,
    'hours build-up',
  );
  expectStatus(
    await t.request('PUT', `/api/placements/${placementId}/absences`, {
      token: recruiter.token,
      body: {
        absences: [{ from: addDays(TODAY, 30), to: addDays(TODAY, 34) }],
        version: (await readPlacement()).version,
      },
    }),
    200,
    'absences',
  );
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/check-ins`, {
      token: manager.token,
      body: {
        kind: 'MANAGER_FEEDBACK',
        date: addDays(TODAY, -6),
        report: 'Goede eerste weken; werkt netjes en op tijd.',
        howItsGoing: 'GOOD',
        agreedActions: ['Over twee weken weer bijpraten.'],
      },
    }),
    201,
    'check-in',
  );
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/support-notes`, {
      token,
      body: { note: 'Opvang voor de kinderen is voor de avonden geregeld.' },
    }),
    201,
    'support note',
  );
  const item = expectStatus(
    await t.request('POST', `/api/placements/${placementId}/onboarding-plan/items`, {
      token: recruiter.token,
      body: {
        kind: 'LEARNING_ITEM',
        title: 'Veilig werken met schoonmaakmiddelen',
        targetDate: addDays(TODAY, 14),
        competenceCodes: ['P-SCHOONMAKEN'],
      },
    }),
    201,
    'plan item',
  );
  expectStatus(
    await t.request('PATCH', `/api/onboarding-plan-items/${item.id}`, {
      token: recruiter.token,
      body: { status: 'DONE', version: item.version },
    }),
    200,
    'plan item done',
  );
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/onboarding-plan/comments`, {
      token: mentor.token,
      body: { itemId: item.id, text: 'Ik loop de eerste ronde mee.' },
    }),
    201,
    'plan comment',
  );
  expectStatus(await t.request('GET', '/api/follow-up-items', { token }), 200, 'follow-up items');
  expectStatus(
    await t.request('GET', `/api/follow-up-digest?date=${TODAY}`, { token: admin.token }),
    200,
    'digest',
  );
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/convert`, {
      token: recruiter.token,
      body: { convertedOn: TODAY },
    }),
    200,
    'convert',
  );
  expectStatus(
    await t.request('POST', `/api/placements/${placementId}/end`, {
      token: recruiter.token,
      body: {
        reason: 'EMPLOYER_REASONS',
        note: 'De vestiging sluit; we zoeken samen verder.',
        endDate: TODAY,
        returnsToProgramme: true,
      },
    }),
    200,
    'end',
  );
  expectStatus(await t.request('GET', '/api/segment-reviews', { token }), 200, 'segment reviews');

  // A hire outside a Meet & Greet, recorded by the lifecoach, that does not go ahead.
  const direct = expectStatus(
    await t.request('POST', '/api/placements', {
      token,
      body: { vacancyId: directVacancyId, jobSeekerId: people.hanna },
    }),
    201,
    'direct placement',
  );
  expectStatus(
    // The lifecoach who recorded it cancels it (the employer would see a candidate code only).
    await t.request('POST', `/api/placements/${direct.id}/cancel`, {
      token,
      body: { reason: 'PERSONAL_CIRCUMSTANCES', note: 'Hanna kiest toch voor een opleiding.' },
    }),
    200,
    'cancel',
  );

  // ---- learn-work trajectories: declined, withdrawn, not arrived, completed
  const offering = expectStatus(
    await t.request('POST', '/api/trajectory-offerings', {
      token: provider.token,
      body: {
        kind: 'LEARN_WORK',
        title: 'Fietsenmaker in opleiding',
        description: 'Je knapt fietsen op in onze werkplaats. Je leert het vak stap voor stap.',
        competenceCodes: ['P-GEREEDSCHAP', 'T-WORK-IN-TEAMS'],
        hoursPerWeek: 8,
        durationWeeks: 26,
        postcode: '3072',
        continuousIntake: false,
        startDates: [addDays(TODAY, 7)],
        capacityPerStart: 6,
      },
    }),
    201,
    'offering',
  );
  const propose = async (jobSeekerId: string) =>
    expectStatus(
      await t.request('POST', '/api/trajectory-placements', {
        token,
        body: {
          jobSeekerId,
          offeringId: offering.id,
          handoverNote: 'Repareert thuis al jaren fietsen van de buren; een rustige eerste week helpt.',
        },
      }),
      201,
      'propose a trajectory',
    ).id as string;
  const act = async (id: string, who: TestUser, verb: string, body: object) =>
    expectStatus(
      await t.request('POST', `/api/trajectory-placements/${id}/${verb}`, { token: who.token, body }),
      200,
      verb,
    );
  await act(await propose(people.dirk), provider, 'decline', {
    reason: 'De groep van deze start is al vol genoeg.',
  });
  await act(await propose(people.dirk), coach, 'withdraw', {
    reason: 'Dirk heeft zelf een leerwerkplek gevonden.',
  });
  const late = await propose(people.eva);
  await act(late, provider, 'accept', { startDate: addDays(TODAY, 7) });
  await t.orm.em
    .fork()
    .getConnection()
    .execute('update trajectory_placement set start_date = ?, proposed_at = ? where id = ?', [
      addDays(TODAY, -20),
      new Date(Date.now() - 45 * 86_400_000),
      late,
    ]);
  expectStatus(await t.request('GET', '/api/trajectory-arrival-checks', { token }), 200, 'arrival checks');
  const trajectoryPlacementId = await propose(people.cor);
  expectStatus(
    await t.request('GET', '/api/trajectory-placements', { token: provider.token }),
    200,
    'trajectories',
  );
  expectStatus(
    await t.request('GET', `/api/trajectory-placements/${trajectoryPlacementId}`, { token: provider.token }),
    200,
    'trajectory',
  );
  await act(trajectoryPlacementId, provider, 'accept', { startDate: addDays(TODAY, 7) });
  await act(trajectoryPlacementId, provider, 'start', { actualStartDate: TODAY });
  expectStatus(
    await t.request('POST', `/api/trajectory-placements/${trajectoryPlacementId}/progress`, {
      token: provider.token,
      body: {
        type: 'COMPETENCE_OBSERVATIONS',
        observations: [{ competenceCode: 'P-GEREEDSCHAP', level: 3, observedOn: TODAY }],
      },
    }),
    201,
    'progress',
  );
  await act(trajectoryPlacementId, provider, 'finish', {
    outcome: 'COMPLETED',
    finishedOn: TODAY,
    reason: 'Traject afgerond: werkt zelfstandig in de werkplaats.',
  });
  expectStatus(await t.request('GET', '/api/reassessment-prompts', { token }), 200, 'reassessment prompts');

  // ---- Eva's preparation before she meets employers: a training module and what to train
  const trainingModule = expectStatus(
    await t.request('POST', '/api/trajectory-offerings', {
      token: provider.token,
      body: {
        kind: 'TRAINING_MODULE',
        title: 'Werken in een bedrijf',
        description: 'Je oefent afspraken nakomen en feedback vragen, in een kleine groep.',
        competenceCodes: ['T-WORK-IN-TEAMS'],
        hoursPerWeek: 4,
        durationWeeks: 6,
        postcode: '3072',
        continuousIntake: true,
        startDates: [],
        capacityPerStart: 12,
      },
    }),
    201,
    'training module',
  );
  expectStatus(
    await t.request('PUT', `/api/job-seekers/${people.eva}/preparation-plan`, {
      token,
      body: {
        modules: [{ offeringId: trainingModule.id, status: 'PLANNED' }],
        focusCompetenceCodes: ['T-WORK-IN-TEAMS'],
        startDate: TODAY,
        plannedWeeks: 12,
        readyToMeetDate: null,
      },
    }),
    200,
    'preparation plan',
  );

  return {
    admin,
    coach,
    recruiter,
    manager,
    mentor,
    provider,
    people,
    vacancyId,
    eventId,
    placementId,
    trajectoryPlacementId,
  };
}
