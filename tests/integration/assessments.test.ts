import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, Permission } from '../../src/access/policy';
import { roles } from '../../src/access/roles';
import type { Actor } from '../../src/http/context';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { Assessment, TalentProfileRecord } from '../../src/modules/assessments/assessment.entity';
import {
  assessmentCompletionSchema,
  assessmentSchema,
  assessmentSummarySchema,
} from '../../src/modules/assessments/assessment.schemas';
import { toAssessmentView } from '../../src/modules/assessments/assessment.service';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { SegmentDecision } from '../../src/modules/readiness/segment-decision.entity';
import {
  completeAssessmentThroughApi,
  draftWithAnswers,
  laterAnswerParts,
  readyAnswerParts,
  STRENGTHS,
} from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let coach: TestUser;
let otherCoach: TestUser;
let admin: TestUser;
let partner: TestUser;
let employerRoles: TestUser[];
beforeAll(async () => {
  t = await createTestApp();
  const programme = await t.factory.organisation('PROGRAMME');
  coach = await t.factory.user('LIFECOACH', programme);
  otherCoach = await t.factory.user('LIFECOACH', programme);
  admin = await t.factory.user('PROGRAMME_ADMIN', programme);
  partner = await t.factory.user('PARTNER_WORKER');
  employerRoles = [
    await t.factory.user('EMPLOYER_RECRUITER'),
    await t.factory.user('MENTOR'),
    await t.factory.user('TRAJECTORY_COORDINATOR'),
  ];
});
afterAll(() => t.close());

const PERSONAL = { fullName: 'Fatima Testpersoon', phone: '0612345678' };
/** A job seeker in the coach's caseload, referred by the partner's organisation. */
const person = (lifecoach: TestUser = coach) =>
  t.factory.jobSeeker(lifecoach.user, {
    fullName: PERSONAL.fullName,
    phone: `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    referringOrganisation: partner.organisation,
  });

const expectProblem = (res: { status: number; json: unknown }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
};

const stored = (id: string) => t.orm.em.fork().findOneOrFail(Assessment, { id });

async function startDraft(jobSeekerId: string, token = coach.token) {
  const res = await t.request('POST', `/api/job-seekers/${jobSeekerId}/assessments`, { token });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return assessmentSchema.parse(res.json);
}

describe('POST /api/job-seekers/{id}/assessments', () => {
  it('starts a draft with the active instrument version for a person in the caseload', async () => {
    const jobSeeker = await person();
    const draft = await startDraft(jobSeeker.id);
    expect(draft).toMatchObject({
      jobSeekerId: jobSeeker.id,
      startedByUserId: coach.user.id,
      status: 'DRAFT',
      instrumentVersion: t.reference.activeInstrument.version,
      answers: {},
      evidence: [],
      completedAt: null,
      version: 1,
    });
    expect(draft.missingItems.map((item) => item.path)).toContainEqual(['answers', 'stoplicht', 'fase']);
  });

  it('allows one open draft per person: a second start answers 409 naming the draft', async () => {
    const jobSeeker = await person();
    const draft = await startDraft(jobSeeker.id);
    const again = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`, {
      token: coach.token,
    });
    const problem = expectProblem(again, 409, 'CONFLICT');
    expect(problem.detail).toContain(draft.id);
    expect(problem.meta).toEqual({ draftAssessmentId: draft.id });
    expect(await t.orm.em.fork().count(Assessment, { jobSeeker: jobSeeker.id })).toBe(1);
  });

  it('keeps one draft when two starts arrive at once', async () => {
    const jobSeeker = await person();
    const starts = await Promise.all(
      [1, 2].map(() =>
        t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`, { token: coach.token }),
      ),
    );
    expect(starts.map((res) => res.status).sort()).toEqual([201, 409]);
    expect(await t.orm.em.fork().count(Assessment, { jobSeeker: jobSeeker.id, status: 'DRAFT' })).toBe(1);
  });

  it("answers 404 for another lifecoach's person and for an unknown person", async () => {
    const theirs = await person(otherCoach);
    expectProblem(
      await t.request('POST', `/api/job-seekers/${theirs.id}/assessments`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('POST', `/api/job-seekers/${crypto.randomUUID()}/assessments`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
    expect(await t.orm.em.fork().count(Assessment, { jobSeeker: theirs.id })).toBe(0);
  });

  it('lets only lifecoaches start one: programme admin, partner worker and employer roles get 403', async () => {
    const jobSeeker = await person();
    for (const user of [admin, partner, ...employerRoles]) {
      const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`, {
        token: user.token,
      });
      expectProblem(res, 403, 'FORBIDDEN');
    }
    expect(await t.orm.em.fork().count(Assessment, { jobSeeker: jobSeeker.id })).toBe(0);
  });

  it('answers 401 without a token and 422 for an id that is not a UUID', async () => {
    const jobSeeker = await person();
    expectProblem(
      await t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`),
      401,
      'UNAUTHENTICATED',
    );
    const bad = expectProblem(
      await t.request('POST', '/api/job-seekers/nope/assessments', { token: coach.token }),
      422,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.path).toEqual(['id']);
  });
});

describe('PATCH /api/assessments/{id}/answers', () => {
  it('saves answers in parts over several conversations, each part merged into the earlier ones', async () => {
    const jobSeeker = await person();
    const draft = await startDraft(jobSeeker.id);
    let version = draft.version;
    for (const [index, answers] of readyAnswerParts.entries()) {
      const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
        token: coach.token,
        body: { answers, version },
      });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      const saved = assessmentSchema.parse(res.json);
      expect(saved.version).toBe(version + 1);
      version = saved.version;
      for (const part of readyAnswerParts.slice(0, index + 1)) {
        for (const section of Object.keys(part)) expect(saved.answers[section]).toBeDefined();
      }
    }
    const read = assessmentSchema.parse(
      (await t.request('GET', `/api/assessments/${draft.id}`, { token: coach.token })).json,
    );
    expect(read.answers.willen).toMatchObject({ motivatie: 4, uren: { min: 16, max: 24 } });
    expect(read.answers.gedrag?.leerbaarheid).toBe(4);
    expect(read.missingItems).toEqual([]);
  });

  it('removes an answer that is saved as null', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, [readyAnswerParts[1]]);
    const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      body: { answers: { willen: { reisafstandKm: null } }, version: draft.version },
    });
    const saved = assessmentSchema.parse(res.json);
    expect(saved.answers.willen).not.toHaveProperty('reisafstandKm');
    expect(saved.answers.willen?.motivatie).toBe(4);
    expect(saved.missingItems.map((item) => item.path)).toContainEqual([
      'answers',
      'willen',
      'reisafstandKm',
    ]);
  });

  it.each([
    ['an unknown item', { willen: { hobby: 'voetbal' } }, ['answers', 'willen', 'hobby']],
    ['an unknown section', { hobbys: { lezen: true } }, ['answers', 'hobbys']],
    ['a score out of range', { gedrag: { afsprakenNakomen: 6 } }, ['answers', 'gedrag', 'afsprakenNakomen']],
    [
      'a competence level above 4',
      { kunnen: { 'P-SCHOONMAKEN': 5 } },
      ['answers', 'kunnen', 'P-SCHOONMAKEN'],
    ],
    ['a number sent as text', { willen: { reisafstandKm: '10' } }, ['answers', 'willen', 'reisafstandKm']],
    [
      'an option that does not exist',
      { randvoorwaarden: { huisvesting: 'kraakpand' } },
      ['answers', 'randvoorwaarden', 'huisvesting'],
    ],
    [
      'hours with min above max',
      { willen: { uren: { min: 30, max: 20 } } },
      ['answers', 'willen', 'uren', 'min'],
    ],
  ])('refuses %s with 422 and the item path, and saves nothing', async (_name, wrong, path) => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, [readyAnswerParts[0]]);
    const before = await stored(draft.id);
    const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      // A valid answer next to the wrong one: all or nothing.
      body: { answers: { ...wrong, persoonlijkheid: { alleenOfTeam: 2 } }, version: draft.version },
    });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toEqual([path]);
    const after = await stored(draft.id);
    expect(after.answers).toEqual(before.answers);
    expect(after.answers).not.toHaveProperty('persoonlijkheid');
    expect(after.version).toBe(before.version);
  });

  it('refuses a body that is not of the right shape with 422', async () => {
    const draft = await startDraft((await person()).id);
    for (const [body, path] of [
      [{ answers: ['fase'], version: 1 }, ['answers']],
      [{ answers: {}, version: 1, note: 'x' }, ['note']],
      [{ answers: {} }, ['version']],
    ] as const) {
      const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
        token: coach.token,
        body,
      });
      expect(problemSchema.parse(res.json).errors?.map((error) => error.path)).toEqual([path]);
    }
  });

  it('answers 409 VERSION_CONFLICT for a save based on an old version, and keeps the newer answers', async () => {
    const draft = await startDraft((await person()).id);
    const first = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      body: { answers: { willen: { motivatie: 4 } }, version: draft.version },
    });
    expect(first.status).toBe(200);
    const stale = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      body: { answers: { willen: { motivatie: 2 } }, version: draft.version },
    });
    expectProblem(stale, 409, 'VERSION_CONFLICT');
    expect((await stored(draft.id)).answers).toEqual({ willen: { motivatie: 4 } });
  });

  it('answers 409 INVALID_TRANSITION once the assessment is completed', async () => {
    const { draft, completion } = await completeAssessmentThroughApi(t, coach.token, (await person()).id);
    const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      body: { answers: { willen: { motivatie: 1 } }, version: completion.assessment.version },
    });
    expectProblem(res, 409, 'INVALID_TRANSITION');
    expect((await stored(draft.id)).answers.willen).toMatchObject({ motivatie: 4 });
  });

  it("answers 404 for another lifecoach's assessment, 403 for other roles, 401 without a token", async () => {
    const draft = await startDraft((await person()).id);
    const body = { answers: { willen: { motivatie: 1 } }, version: draft.version };
    expectProblem(
      await t.request('PATCH', `/api/assessments/${draft.id}/answers`, { token: otherCoach.token, body }),
      404,
      'NOT_FOUND',
    );
    for (const user of [admin, partner, ...employerRoles]) {
      expectProblem(
        await t.request('PATCH', `/api/assessments/${draft.id}/answers`, { token: user.token, body }),
        403,
        'FORBIDDEN',
      );
    }
    expectProblem(
      await t.request('PATCH', `/api/assessments/${draft.id}/answers`, { body }),
      401,
      'UNAUTHENTICATED',
    );
    expect((await stored(draft.id)).answers).toEqual({});
  });

  it('audits each save with the sections touched, never the answers', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, readyAnswerParts);
    const entries = await t.orm.em
      .fork()
      .find(
        AuditEntry,
        { entityId: draft.id, action: 'assessment.answers_saved' },
        { orderBy: { id: 'asc' } },
      );
    expect(entries.map((entry) => entry.fields)).toEqual(
      readyAnswerParts
        .map((part) => Object.keys(part).sort())
        .map((sections) => expect.arrayContaining(sections)),
    );
    expect(entries.every((entry) => entry.actorUserId === coach.user.id)).toBe(true);
    const serialised = JSON.stringify(entries);
    for (const secret of ['Kredietbank', 'plannen van de week', 'stabiel', 'groen']) {
      expect(serialised).not.toContain(secret);
    }
  });
});

describe('phase rood: only the phase and a note', () => {
  const rood = { stoplicht: { fase: 'rood', notitie: 'Acute woonsituatie, eerst opvang regelen' } };
  const save = (id: string, answers: object, version: number) =>
    t.request('PATCH', `/api/assessments/${id}/answers`, { token: coach.token, body: { answers, version } });
  const refusedPaths = (res: { status: number; json: unknown }) => {
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.detail).toMatch(
      /^In de fase rood leggen we alleen de fase en een notitie vast\. Eerst komen rust en hulp/,
    );
    return problem.errors?.map((error) => error.path);
  };

  it('refuses rood together with other sections, naming them, and saves nothing', async () => {
    const draft = await startDraft((await person()).id);
    const res = await save(
      draft.id,
      { ...rood, kunnen: { 'P-SCHOONMAKEN': 3 }, willen: { motivatie: 4 } },
      draft.version,
    );
    expect(refusedPaths(res)).toEqual([
      ['answers', 'kunnen'],
      ['answers', 'willen'],
    ]);
    const after = await stored(draft.id);
    expect(after.answers).toEqual({});
    expect(after.version).toBe(draft.version);
  });

  it('refuses other sections for an assessment already in phase rood', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, [rood]);
    const res = await save(draft.id, { gedrag: { leerbaarheid: 4 } }, draft.version);
    expect(refusedPaths(res)).toEqual([['answers', 'gedrag']]);
    expect((await stored(draft.id)).answers).toEqual(rood);
    // The note may still change.
    const note = await save(draft.id, { stoplicht: { notitie: 'Opvang is geregeld' } }, draft.version);
    expect(note.status, JSON.stringify(note.json)).toBe(200);
  });

  it('refuses switching to rood while answers of an earlier conversation are stored, until they are removed', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, [
      { stoplicht: { fase: 'groen' }, willen: { motivatie: 4, reisafstandKm: 10 } },
    ]);
    const res = await save(draft.id, rood, draft.version);
    expect(refusedPaths(res)).toEqual([['answers', 'willen']]);
    expect((await stored(draft.id)).answers.stoplicht).toEqual({ fase: 'groen' });
    const cleared = await save(
      draft.id,
      { ...rood, willen: { motivatie: null, reisafstandKm: null } },
      draft.version,
    );
    expect(cleared.status, JSON.stringify(cleared.json)).toBe(200);
    expect((await stored(draft.id)).answers).toEqual(rood);
  });

  it('records no evidence in phase rood, and no switch to rood while evidence is kept', async () => {
    const inRed = await draftWithAnswers(t, coach.token, (await person()).id, [rood]);
    const body = { kind: 'vrijwilligerswerk', description: 'Helpt bij de voedselbank' };
    const refused = await t.request('POST', `/api/assessments/${inRed.id}/evidence`, {
      token: coach.token,
      body,
    });
    expect(refusedPaths(refused)).toEqual([[]]);
    expect((await stored(inRed.id)).evidence).toEqual([]);

    const draft = await startDraft((await person()).id);
    const added = await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
      token: coach.token,
      body,
    });
    expect(added.status).toBe(201);
    const version = assessmentSchema.parse(added.json).version;
    expect(refusedPaths(await save(draft.id, rood, version))).toEqual([['evidence']]);
    expect((await stored(draft.id)).answers).toEqual({});
  });
});

describe('evidence', () => {
  it('attaches volunteering, a certificate and a link to a self-presentation video, and removes one', async () => {
    const draft = await startDraft((await person()).id);
    const items = [
      {
        kind: 'vrijwilligerswerk',
        description: 'Twee jaar in de keuken van een sociale onderneming in Rotterdam-Zuid',
        competenceCodes: ['P-KEUKENHULP', 'T-WORK-IN-TEAMS'],
      },
      { kind: 'opleiding_of_cursus', description: 'Certificaat Sociale Hygiëne' },
      { kind: 'anders', description: 'Vlog van 90 seconden: https://video.example/vlog-123' },
    ];
    let assessment = draft;
    for (const body of items) {
      const res = await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
        token: coach.token,
        body,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      assessment = assessmentSchema.parse(res.json);
    }
    expect(
      assessment.evidence.map(({ kind, description, competenceCodes }) => ({
        kind,
        description,
        competenceCodes,
      })),
    ).toEqual(items.map((item) => ({ competenceCodes: [], ...item })));
    expect(new Set(assessment.evidence.map((evidence) => evidence.id)).size).toBe(3);

    const [, certificate] = assessment.evidence;
    const removed = await t.request('DELETE', `/api/assessments/${draft.id}/evidence/${certificate?.id}`, {
      token: coach.token,
    });
    expect(removed.status).toBe(200);
    expect(assessmentSchema.parse(removed.json).evidence.map((evidence) => evidence.kind)).toEqual([
      'vrijwilligerswerk',
      'anders',
    ]);
    expectProblem(
      await t.request('DELETE', `/api/assessments/${draft.id}/evidence/${certificate?.id}`, {
        token: coach.token,
      }),
      404,
      'NOT_FOUND',
    );
  });

  it.each([
    ['an unknown kind', { kind: 'diploma', description: 'Mbo 2' }, ['kind']],
    ['an empty description', { kind: 'werkervaring', description: '  ' }, ['description']],
    [
      'an unknown competence',
      { kind: 'werkervaring', description: 'Magazijn', competenceCodes: ['P-NIETS'] },
      ['competenceCodes', 0],
    ],
    [
      'an unknown field',
      { kind: 'werkervaring', description: 'Magazijn', url: 'https://x.example' },
      ['url'],
    ],
  ])('refuses %s with 422 and stores nothing', async (_name, body, path) => {
    const draft = await startDraft((await person()).id);
    const res = await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
      token: coach.token,
      body,
    });
    expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path)).toEqual([path]);
    expect((await stored(draft.id)).evidence).toEqual([]);
  });

  it('answers 409 once completed, 404 for another lifecoach, 403 for other roles', async () => {
    const jobSeeker = await person();
    const draft = await startDraft(jobSeeker.id);
    const body = { kind: 'werkervaring', description: 'Een jaar orderpicker bij een groothandel' };
    const added = assessmentSchema.parse(
      (await t.request('POST', `/api/assessments/${draft.id}/evidence`, { token: coach.token, body })).json,
    );
    const evidenceId = added.evidence[0]?.id;
    expectProblem(
      await t.request('POST', `/api/assessments/${draft.id}/evidence`, { token: otherCoach.token, body }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('DELETE', `/api/assessments/${draft.id}/evidence/${evidenceId}`, {
        token: otherCoach.token,
      }),
      404,
      'NOT_FOUND',
    );
    for (const user of [admin, partner, ...employerRoles]) {
      expectProblem(
        await t.request('POST', `/api/assessments/${draft.id}/evidence`, { token: user.token, body }),
        403,
        'FORBIDDEN',
      );
    }
    expectProblem(
      await t.request('POST', `/api/assessments/${draft.id}/evidence`, { body }),
      401,
      'UNAUTHENTICATED',
    );

    for (const answers of readyAnswerParts) {
      const current = await stored(draft.id);
      await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
        token: coach.token,
        body: { answers, version: current.version },
      });
    }
    const completed = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS },
    });
    expect(completed.status).toBe(200);
    expectProblem(
      await t.request('POST', `/api/assessments/${draft.id}/evidence`, { token: coach.token, body }),
      409,
      'INVALID_TRANSITION',
    );
    expectProblem(
      await t.request('DELETE', `/api/assessments/${draft.id}/evidence/${evidenceId}`, {
        token: coach.token,
      }),
      409,
      'INVALID_TRANSITION',
    );
    expect((await stored(draft.id)).evidence).toHaveLength(1);
  });
});

describe('POST /api/assessments/{id}/complete', () => {
  it('after three partial saves: READY with every reason met, a first profile and a review date', async () => {
    const jobSeeker = await person();
    const draft = await draftWithAnswers(t, coach.token, jobSeeker.id, readyAnswerParts);
    await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
      token: coach.token,
      body: {
        kind: 'vrijwilligerswerk',
        description: 'Gastvrouw bij een buurthuis',
        competenceCodes: ['P-KLANTCONTACT'],
      },
    });
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { assessment, profile, decision } = assessmentCompletionSchema.parse(res.json);
    expect(assessment.status).toBe('COMPLETED');
    expect(profile).toMatchObject({
      profileNumber: 1,
      current: true,
      jobSeekerId: jobSeeker.id,
      assessmentId: draft.id,
    });
    expect(decision).toMatchObject({
      segment: 'READY',
      computedSegment: 'READY',
      overridden: false,
      basis: 'profile',
      profileId: profile?.id,
      toMoveUp: [],
      current: true,
      lifecoachUserId: coach.user.id,
      decidedBy: { userId: coach.user.id },
    });
    expect(decision.reasons.map((reason) => reason.criterion).sort()).toEqual([
      'behaviour',
      'hours',
      'learnability',
      'motivation',
      'preconditions',
    ]);
    expect(decision.reasons.every((reason) => reason.met && reason.forSegment === 'READY')).toBe(true);
    const rules = t.reference.activeInstrument.segmentationRules;
    expect(decision.reviewDate).toBe(addDays(programmeToday(new Date()), rules.reviewAfterDays.READY));

    const em = t.orm.em.fork();
    const record = await em.findOneOrFail(TalentProfileRecord, { assessment: draft.id });
    expect(record.profile).not.toHaveProperty('supportNeeds');
    expect(record.profile).toMatchObject({
      strengthsSummary: STRENGTHS,
      motivation: 4,
      wantedHours: { min: 16, max: 24 },
    });
    expect((record.profile as { evidence: unknown[] }).evidence).toEqual([
      {
        kind: 'vrijwilligerswerk',
        description: 'Gastvrouw bij een buurthuis',
        competenceCodes: ['P-KLANTCONTACT'],
      },
    ]);
    expect(JSON.stringify(record.supportNeeds)).toContain('Kredietbank');
    expect(JSON.stringify(record.profile)).not.toContain('Kredietbank');
    const stored = await em.findOneOrFail(JobSeeker, { id: jobSeeker.id });
    expect(stored.currentSegment).toBe('READY');
    expect(stored.segmentReviewDate).toBe(decision.reviewDate);
  });

  it('phase rood: only phase and note, no profile, NOT_NOW with a review within four weeks', async () => {
    const jobSeeker = await person();
    const draft = await draftWithAnswers(t, coach.token, jobSeeker.id, [
      { stoplicht: { fase: 'rood', notitie: 'Acute woonsituatie, eerst opvang regelen' } },
    ]);
    expect(draft.redPhase).toBe(true);
    expect(draft.missingItems).toEqual([]);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: {},
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { profile, decision, assessment } = assessmentCompletionSchema.parse(res.json);
    expect(profile).toBeNull();
    expect(assessment.status).toBe('COMPLETED');
    expect(decision).toMatchObject({
      segment: 'NOT_NOW',
      computedSegment: 'NOT_NOW',
      basis: 'redPhase',
      profileId: null,
    });
    expect(decision.toMoveUp.length).toBeGreaterThan(0);
    const today = programmeToday(new Date());
    expect(decision.reviewDate > today).toBe(true);
    expect(decision.reviewDate <= addDays(today, 28)).toBe(true);
    const em = t.orm.em.fork();
    expect(await em.count(TalentProfileRecord, { jobSeeker: jobSeeker.id })).toBe(0);
    expect((await em.findOneOrFail(Assessment, { id: draft.id })).redPhaseNote).toBe(
      'Acute woonsituatie, eerst opvang regelen',
    );
    expect((await em.findOneOrFail(JobSeeker, { id: jobSeeker.id })).currentSegment).toBe('NOT_NOW');
    // NOT_NOW never closes the case: a new assessment can start at once.
    expect(
      (await t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`, { token: coach.token }))
        .status,
    ).toBe(201);
  });

  it('a LATER person gets the steps needed to move up', async () => {
    const { completion } = await completeAssessmentThroughApi(
      t,
      coach.token,
      (await person()).id,
      laterAnswerParts,
    );
    expect(completion.decision.segment).toBe('LATER');
    const unmet = completion.decision.reasons.filter((reason) => !reason.met);
    expect(unmet.map((reason) => [reason.criterion, reason.value, reason.threshold])).toEqual([
      ['hours', 10, 12],
    ]);
    expect(completion.decision.toMoveUp).toHaveLength(1);
    expect(completion.decision.toMoveUp[0]).toMatch(/uren/);
  });

  it('refuses to complete with 422 listing every missing item, and changes nothing', async () => {
    const jobSeeker = await person();
    const draft = await draftWithAnswers(t, coach.token, jobSeeker.id, [readyAnswerParts[0]]);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: {},
    });
    const paths = expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path.join('.'));
    expect(paths).toEqual([
      'answers.willen.motivatie',
      'answers.willen.uren',
      'answers.willen.contractwensen',
      'answers.willen.reisafstandKm',
      'answers.gedrag.afsprakenNakomen',
      'answers.gedrag.opTijdKomen',
      'answers.gedrag.feedbackAannemen',
      'answers.gedrag.samenwerken',
      'answers.gedrag.omHulpVragen',
      'answers.gedrag.regelsVolgen',
      'answers.gedrag.leerbaarheid',
      'answers.randvoorwaarden.huisvesting',
      'answers.randvoorwaarden.inkomen',
      'answers.randvoorwaarden.levenssituatie',
      'answers.randvoorwaarden.kinderopvang',
      'answers.randvoorwaarden.obstakels',
      'answers.randvoorwaarden.mobiliteit',
      'strengthsSummary',
    ]);
    const em = t.orm.em.fork();
    expect((await em.findOneOrFail(Assessment, { id: draft.id })).status).toBe('DRAFT');
    expect(await em.count(SegmentDecision, { jobSeeker: jobSeeker.id })).toBe(0);
  });

  it('in phase rood asks only for the note', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, [
      { stoplicht: { fase: 'rood' } },
    ]);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: {},
    });
    expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path)).toEqual([
      ['answers', 'stoplicht', 'notitie'],
    ]);
  });

  it('refuses a summary for employers from which gender, age, origin or the name can be told, naming each word', async () => {
    const jobSeeker = await person();
    const draft = await draftWithAnswers(t, coach.token, jobSeeker.id, readyAnswerParts);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: {
        strengthsSummary: STRENGTHS,
        summaryForEmployers: 'Fatima is 52 jaar. Ze werkt schoon en spreekt Turks met klanten.',
      },
    });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.detail).toMatch(/^Werkgevers lezen deze samenvatting/);
    expect(problem.errors?.map((error) => [error.path.join('.'), error.message.split(' ')[0]])).toEqual([
      ['summaryForEmployers', '‘Ze’'],
      ['summaryForEmployers', '‘Turks’'],
      ['summaryForEmployers', '‘52'],
      ['summaryForEmployers', '‘Fatima'],
    ]);
    const em = t.orm.em.fork();
    expect((await em.findOneOrFail(Assessment, { id: draft.id })).status).toBe('DRAFT');
    expect(await em.count(TalentProfileRecord, { jobSeeker: jobSeeker.id })).toBe(0);

    const neutral = 'Werkt schoon en precies, en heeft een vriendelijke manier met klanten.';
    const done = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS, summaryForEmployers: neutral },
    });
    expect(done.status, done.text).toBe(200);
    const record = await em.findOneOrFail(TalentProfileRecord, { jobSeeker: jobSeeker.id });
    expect(record.profile).toMatchObject({ strengthsSummary: STRENGTHS, summaryForEmployers: neutral });
  });

  it('refuses a summary that is empty or too long, and unknown fields', async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, readyAnswerParts);
    for (const [body, path] of [
      [{ strengthsSummary: '   ' }, ['strengthsSummary']],
      [{ strengthsSummary: 'x'.repeat(2001) }, ['strengthsSummary']],
      [{ strengthsSummary: STRENGTHS, segment: 'READY' }, ['segment']],
    ] as const) {
      const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
        token: coach.token,
        body,
      });
      expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path)).toEqual([path]);
    }
    expect((await stored(draft.id)).status).toBe('DRAFT');
  });

  it('answers 409 for a completed assessment and for a stale version', async () => {
    const { draft } = await completeAssessmentThroughApi(t, coach.token, (await person()).id);
    const again = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS },
    });
    expectProblem(again, 409, 'INVALID_TRANSITION');

    const other = await draftWithAnswers(t, coach.token, (await person()).id, readyAnswerParts);
    const stale = await t.request('POST', `/api/assessments/${other.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS, version: other.version - 1 },
    });
    expectProblem(stale, 409, 'VERSION_CONFLICT');
    expect((await stored(other.id)).status).toBe('DRAFT');
  });

  it("answers 404 for another lifecoach's assessment, 403 for other roles, 401 without a token", async () => {
    const draft = await draftWithAnswers(t, coach.token, (await person()).id, readyAnswerParts);
    const body = { strengthsSummary: STRENGTHS };
    expectProblem(
      await t.request('POST', `/api/assessments/${draft.id}/complete`, { token: otherCoach.token, body }),
      404,
      'NOT_FOUND',
    );
    for (const user of [admin, partner, ...employerRoles]) {
      expectProblem(
        await t.request('POST', `/api/assessments/${draft.id}/complete`, { token: user.token, body }),
        403,
        'FORBIDDEN',
      );
    }
    expectProblem(
      await t.request('POST', `/api/assessments/${draft.id}/complete`, { body }),
      401,
      'UNAUTHENTICATED',
    );
    expect((await stored(draft.id)).status).toBe('DRAFT');
  });

  it('writes audit entries for the completion without personal data', async () => {
    const jobSeeker = await person();
    const { draft, completion } = await completeAssessmentThroughApi(t, coach.token, jobSeeker.id);
    const entries = await t.orm.em.fork().find(AuditEntry, {
      entityId: { $in: [draft.id, completion.profile?.id ?? '', completion.decision.id, jobSeeker.id] },
    });
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'assessment.started',
        'assessment.answers_saved',
        'assessment.completed',
        'talent_profile.created',
        'segment_decision.created',
        'job_seeker.updated',
      ]),
    );
    const serialised = JSON.stringify(entries);
    for (const secret of [PERSONAL.fullName, jobSeeker.phone, STRENGTHS, 'Kredietbank', 'READY']) {
      expect(serialised).not.toContain(secret);
    }
  });
});

describe('GET /api/assessments/{id} and GET /api/job-seekers/{id}/assessments', () => {
  it('lists a person’s assessments newest first, and the programme admin may read them too', async () => {
    const jobSeeker = await person();
    const { draft: first } = await completeAssessmentThroughApi(t, coach.token, jobSeeker.id);
    const second = await startDraft(jobSeeker.id);
    for (const user of [coach, admin]) {
      const res = await t.request('GET', `/api/job-seekers/${jobSeeker.id}/assessments`, {
        token: user.token,
      });
      expect(res.status).toBe(200);
      const page = pageSchema(assessmentSummarySchema).parse(res.json);
      expect(page.items.map((item) => [item.id, item.status])).toEqual([
        [second.id, 'DRAFT'],
        [first.id, 'COMPLETED'],
      ]);
      const read = await t.request('GET', `/api/assessments/${first.id}`, { token: user.token });
      expect(read.status).toBe(200);
      expect(assessmentSchema.parse(read.json)).toMatchObject({ status: 'COMPLETED', missingItems: [] });
    }
    const audited = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'assessment.viewed', entityId: first.id });
    expect(audited).toBe(2);
  });

  it("answers 404 for another lifecoach's person and assessment, 403 for partner and employer roles, 401 without a token", async () => {
    const jobSeeker = await person();
    const draft = await startDraft(jobSeeker.id);
    for (const path of [`/api/assessments/${draft.id}`, `/api/job-seekers/${jobSeeker.id}/assessments`]) {
      expectProblem(await t.request('GET', path, { token: otherCoach.token }), 404, 'NOT_FOUND');
      // The partner referred this person, and still may not see the assessment.
      for (const user of [partner, ...employerRoles]) {
        expectProblem(await t.request('GET', path, { token: user.token }), 403, 'FORBIDDEN');
      }
      expectProblem(await t.request('GET', path), 401, 'UNAUTHENTICATED');
    }
    expectProblem(
      await t.request('GET', `/api/assessments/${crypto.randomUUID()}`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('the assessment view builder', () => {
  const assessment = {
    id: crypto.randomUUID(),
    jobSeeker: { id: crypto.randomUUID() },
    lifecoachUserId: crypto.randomUUID(),
    instrumentVersion: 1,
    status: 'DRAFT',
    answers: {
      stoplicht: { fase: 'oranje', notitie: 'Spanning thuis' },
      willen: { motivatie: 4 },
      randvoorwaarden: { huisvesting: 'tijdelijk', mobiliteit: ['fiets'], steunNodig: 'Hulp bij schulden' },
    },
    evidence: [],
    redPhaseNote: null,
    startedAt: new Date(),
    completedAt: null,
    updatedAt: new Date(),
    version: 3,
  } as unknown as Assessment;
  const actor = (role: Actor['role']): Actor => ({
    userId: crypto.randomUUID(),
    organisationId: crypto.randomUUID(),
    organisationKind: 'PROGRAMME',
    role,
    tokenId: crypto.randomUUID(),
  });

  it('shows every answer to a role that may read support needs', () => {
    const view = toAssessmentView(actor('LIFECOACH'), assessment, t.reference.activeInstrument);
    expect(view.answers).toEqual(assessment.answers);
  });

  it('leaves out the sensitive answers (support needs) for any other role', () => {
    for (const role of roles.filter((candidate) => !can(actor(candidate), Permission.ReadSupportNeeds))) {
      const view = toAssessmentView(actor(role), assessment, t.reference.activeInstrument);
      expect(view.answers, role).toEqual({
        willen: { motivatie: 4 },
        randvoorwaarden: { mobiliteit: ['fiets'] },
      });
      expect(JSON.stringify(view), role).not.toMatch(/Spanning|schulden|tijdelijk/);
    }
  });
});
