import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/modules/assessments/assessment.entity';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { PlacementCheckIn } from '../../src/modules/placements/check-in.entity';
import { Placement } from '../../src/modules/placements/placement.entity';
import { SegmentDecision } from '../../src/modules/readiness/segment-decision.entity';
import { TrajectoryPlacement } from '../../src/modules/trajectories/trajectory-placement.entity';
import { assessJobSeeker } from '../support/assessed-job-seeker';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

let t: TestApp;
let coachA: TestUser;
let coachB: TestUser;
let sessionA: WebSession;
let mine: JobSeeker;
let theirs: JobSeeker;
let theirPlacementId: string;
let offeringId: string;
let activationId: string;

const person = (id: string, rest = '') => `/werkzoekenden/${id}${rest}`;
const count = async <T extends object>(entity: new () => T, where: Record<string, unknown>) =>
  t.orm.em.fork().count(entity, where as never);

beforeAll(async () => {
  t = await createTestApp();
  coachA = await t.factory.user('LIFECOACH');
  coachB = await t.factory.user('LIFECOACH');
  sessionA = await webSessionFor(t, coachA.user);
  mine = await t.factory.jobSeeker(coachA.user, { fullName: 'Yasmina Ouali' });
  theirs = await t.factory.jobSeeker(coachB.user, { fullName: 'Pieter Zwart' });
  const employer = await t.factory.organisation('EMPLOYER');
  const vacancy = await t.factory.vacancy(employer);
  theirPlacementId = (await t.factory.placement(theirs, vacancy)).id;
  const provider = await t.factory.organisation('TRAJECTORY_PROVIDER');
  offeringId = (await t.factory.trajectoryOffering(provider)).id;
  activationId = (await t.factory.trajectoryOffering(provider, { kind: 'ACTIVATION' })).id;
});
afterAll(() => t.close());

describe("another lifecoach's person", () => {
  it('is the "not found" page on every page of the workspace, without their name', async () => {
    const pages = [
      '/assessment',
      '/assessment/deel/willen',
      '/profiel',
      '/werk-en-leren',
      `/werk-en-leren/voorstel?aanbod=${offeringId}`,
      '/na-de-start',
      `/na-de-start?plaatsing=${theirPlacementId}`,
    ];
    for (const path of pages) {
      const res = await getPage(t, sessionA, person(theirs.id, path));
      expect(res.status, path).toBe(404);
      expect(res.html, path).toContain('Deze pagina is er niet');
      expect(res.html, path).not.toContain('Pieter Zwart');
    }
    // Their placement is not found under my own person either.
    const crossed = await getPage(t, sessionA, person(mine.id, `/na-de-start?plaatsing=${theirPlacementId}`));
    expect(crossed.status).toBe(404);
  });

  it('is not found by any form either, and nothing is written', async () => {
    const posts: [string, Record<string, string>][] = [
      ['/assessment/starten', {}],
      ['/assessment/afronden', { strengthsSummary: 'Sterk in aanpakken en samenwerken.' }],
      [
        '/profiel/afwijken',
        { segment: 'LATER', justification: 'Dit is een uitleg van meer dan twintig tekens.' },
      ],
      [
        '/werk-en-leren/voorstel',
        { offeringId, handoverNote: 'Een overdracht van meer dan twintig tekens.' },
      ],
      ['/werk-en-leren/papieren', { 'papieren.BHV': 'ja' }],
      [
        `/na-de-start/${theirPlacementId}/gesprek`,
        { date: '2026-01-05', report: 'Een gesprek.', howItsGoing: 'GOOD' },
      ],
      [`/na-de-start/${theirPlacementId}/steun`, { note: 'Een notitie over steun.' }],
    ];
    for (const [path, fields] of posts) {
      const res = await postForm(t, sessionA, person(theirs.id, path), fields);
      expect(res.status, path).toBe(404);
    }
    const viaMine = await postForm(t, sessionA, person(mine.id, `/na-de-start/${theirPlacementId}/gesprek`), {
      date: '2026-01-05',
      report: 'Een gesprek van mij.',
      howItsGoing: 'GOOD',
    });
    expect(viaMine.status).toBe(404);
    expect(await count(Assessment, { jobSeeker: theirs.id })).toBe(0);
    expect(await count(SegmentDecision, { jobSeeker: theirs.id })).toBe(0);
    expect(await count(TrajectoryPlacement, { jobSeeker: theirs.id })).toBe(0);
    expect(await count(PlacementCheckIn, { placement: theirPlacementId })).toBe(0);
  });
});

describe('a form posted without its anti-forgery token', () => {
  it('is refused with "this form has expired" and changes nothing', async () => {
    const start = await postForm(
      t,
      sessionA,
      person(mine.id, '/assessment/starten'),
      {},
      { withToken: false },
    );
    expect(start.status).toBe(403);
    expect(start.html).toContain('Dit formulier is verlopen');
    const wrong = await postForm(
      t,
      sessionA,
      person(mine.id, '/assessment/starten'),
      { _csrf: 'nep' },
      { withToken: false },
    );
    expect(wrong.status).toBe(403);
    expect(await count(Assessment, { jobSeeker: mine.id })).toBe(0);

    const assessed = await t.factory.jobSeeker(coachA.user);
    await assessJobSeeker(t.orm, t.reference, coachA, assessed.id);
    const override = await postForm(
      t,
      sessionA,
      person(assessed.id, '/profiel/afwijken'),
      { segment: 'NOT_NOW', justification: 'Een uitleg die lang genoeg is om te tellen.' },
      { withToken: false },
    );
    expect(override.status).toBe(403);
    expect(await count(SegmentDecision, { jobSeeker: assessed.id })).toBe(1);
  });
});

describe('bad input', () => {
  it('in an assessment section: the errors beside the fields, what was typed kept, nothing saved', async () => {
    const someone = await t.factory.jobSeeker(coachA.user);
    expect((await postForm(t, sessionA, person(someone.id, '/assessment/starten'), {})).status).toBe(303);
    const form = await getPage(t, sessionA, person(someone.id, '/assessment/deel/willen'));
    const version = /name="_versie" value="(\d+)"/.exec(form.html)?.[1] ?? '';
    const res = await postForm(t, sessionA, person(someone.id, '/assessment/deel/willen'), {
      _versie: version,
      motivatie: '4',
      'uren.min': '30',
      'uren.max': '20',
      reisafstandKm: '500',
      'contractwensen.vast': 'ja',
      _na: 'volgende',
    });
    expect(res.status).toBe(422);
    const text = visibleText(res.html);
    expect(text).toContain('dingen om te verbeteren');
    expect(text).toContain('Geef een heel getal van 0 tot en met 100.');
    expect(text).toContain('Het minimum mag niet hoger zijn dan het maximum.');
    expect(res.html).toMatch(
      /id="veld-reisafstandKm"[^>]*value="500"|value="500"[^>]*id="veld-reisafstandKm"/,
    );
    expect(res.html).toContain('href="#veld-reisafstandKm"');
    const [saved] = await t.orm.em.fork().find(Assessment, { jobSeeker: someone.id });
    expect(saved?.answers).toEqual({});
  });

  it('when completing: what is missing is said, and the assessment stays open', async () => {
    const someone = await t.factory.jobSeeker(coachA.user);
    await postForm(t, sessionA, person(someone.id, '/assessment/starten'), {});
    const res = await postForm(t, sessionA, person(someone.id, '/assessment/afronden'), { _versie: '1' });
    expect(res.status).toBe(422);
    const text = visibleText(res.html);
    expect(text).toContain('Nog niet alles is ingevuld om af te ronden.');
    expect(text).toContain('Schrijf in gewone woorden op waar deze persoon sterk in is.');
    const [draft] = await t.orm.em.fork().find(Assessment, { jobSeeker: someone.id });
    expect(draft?.status).toBe('DRAFT');
  });

  it('in the override: a justification that is too short, or a review date in the past, changes nothing', async () => {
    const assessed = await t.factory.jobSeeker(coachA.user);
    await assessJobSeeker(t.orm, t.reference, coachA, assessed.id);
    const short = await postForm(t, sessionA, person(assessed.id, '/profiel/afwijken'), {
      segment: 'LATER',
      justification: 'Te kort',
    });
    expect(short.status).toBe(422);
    expect(visibleText(short.html)).toContain('Schrijf in minstens 20 tekens waarom je afwijkt');
    expect(short.html).toContain('Te kort</textarea>');
    const past = await postForm(t, sessionA, person(assessed.id, '/profiel/afwijken'), {
      segment: 'LATER',
      justification: 'Ze wil eerst een leer-werkplek, dat past beter.',
      reviewDate: '2020-01-01',
    });
    expect(past.status).toBe(422);
    expect(visibleText(past.html)).toContain('Kies een datum in de toekomst');
    expect(await count(SegmentDecision, { jobSeeker: assessed.id })).toBe(1);
  });

  it('in a trajectory proposal: a short handover, or a kind that does not fit without a reason, proposes nothing', async () => {
    const assessed = await t.factory.jobSeeker(coachA.user);
    await assessJobSeeker(t.orm, t.reference, coachA, assessed.id);
    const short = await postForm(t, sessionA, person(assessed.id, '/werk-en-leren/voorstel'), {
      offeringId,
      handoverNote: 'Kort',
      contactRoute: 'PHONE',
    });
    expect(short.status).toBe(422);
    expect(visibleText(short.html)).toContain('Schrijf een overdracht van minstens 20 tekens');
    // An activation programme is for "not now"; this person is ready: the form asks why.
    const form = await getPage(
      t,
      sessionA,
      person(assessed.id, `/werk-en-leren/voorstel?aanbod=${activationId}`),
    );
    expect(visibleText(form.html)).toContain('Waarom past dit aanbod toch?');
    const unexplained = await postForm(t, sessionA, person(assessed.id, '/werk-en-leren/voorstel'), {
      offeringId: activationId,
      handoverNote: 'Hij wil eerst weer ritme opbouwen, in een kleine groep.',
      contactRoute: 'PHONE',
    });
    expect(unexplained.status).toBe(422);
    expect(visibleText(unexplained.html)).toContain(
      'Schrijf in minstens 20 tekens waarom dit aanbod toch past.',
    );
    expect(await count(TrajectoryPlacement, { jobSeeker: assessed.id })).toBe(0);
  });

  it('in a check-in: a date in the future is refused and nothing is recorded', async () => {
    const hired = await t.factory.jobSeeker(coachA.user);
    const employer = await t.factory.organisation('EMPLOYER');
    const placement = await t.factory.placement(hired, await t.factory.vacancy(employer));
    const res = await postForm(t, sessionA, person(hired.id, `/na-de-start/${placement.id}/gesprek`), {
      date: '2099-01-01',
      howItsGoing: 'SOME_WORRIES',
      report: 'Het gaat redelijk, de reistijd is zwaar.',
      agreedActions: 'Bellen met de mentor\nReisplan maken',
    });
    expect(res.status).toBe(422);
    expect(visibleText(res.html)).toContain('Deze datum ligt in de toekomst');
    expect(res.html).toContain('Het gaat redelijk, de reistijd is zwaar.</textarea>');
    expect(await count(PlacementCheckIn, { placement: placement.id })).toBe(0);
  });

  it('in ending a placement: a missing reason keeps what was typed and ends nothing; then money matters end it', async () => {
    const hired = await t.factory.jobSeeker(coachA.user);
    const employer = await t.factory.organisation('EMPLOYER');
    const placement = await t.factory.placement(hired, await t.factory.vacancy(employer), {
      startDate: '2026-09-01',
    });
    const page = await getPage(t, sessionA, person(hired.id, `/na-de-start?plaatsing=${placement.id}`));
    expect(visibleText(page.html)).toContain('De plaatsing beëindigen');
    expect(page.html).toContain('value="MONEY_MATTERS"');
    const note = 'De toeslagen vielen weg en het loon kwam te laat.';
    const missing = await postForm(t, sessionA, person(hired.id, `/na-de-start/${placement.id}/einde`), {
      endDate: '01-11-2026',
      note,
      returnsToProgramme: 'ja',
    });
    expect(missing.status).toBe(422);
    expect(visibleText(missing.html)).toContain('Kies de belangrijkste reden.');
    expect(missing.html).toContain(`${note}</textarea>`);
    expect((await t.orm.em.fork().findOneOrFail(Placement, placement.id)).status).toBe('ACTIVE');

    const ended = await postForm(t, sessionA, person(hired.id, `/na-de-start/${placement.id}/einde`), {
      endDate: '01-11-2026',
      reason: 'MONEY_MATTERS',
      note,
      returnsToProgramme: 'ja',
    });
    expect(ended.status).toBe(303);
    const stored = await t.orm.em.fork().findOneOrFail(Placement, placement.id);
    expect(stored.status).toBe('ENDED');
    expect(stored.endReason).toBe('MONEY_MATTERS');
    const after = await getPage(t, sessionA, person(hired.id, `/na-de-start?plaatsing=${placement.id}`));
    expect(visibleText(after.html)).not.toContain('Beëindig de plaatsing');
  });
});

describe('phase rood', () => {
  it('offers only the phase and the note, and completes into "first other steps" without a profile', async () => {
    const someone = await t.factory.jobSeeker(coachA.user, { fullName: 'Ilse Rood' });
    await postForm(t, sessionA, person(someone.id, '/assessment/starten'), {});
    const saved = await postForm(t, sessionA, person(someone.id, '/assessment/deel/stoplicht'), {
      _versie: '1',
      fase: 'rood',
      notitie: 'Huisuitzetting dreigt; eerst hulp van de wijkteams.',
      _na: 'overzicht',
    });
    expect(saved.status).toBe(303);
    const overview = await getPage(t, sessionA, person(someone.id, '/assessment'));
    expect(overview.html).toContain(`href="/werkzoekenden/${someone.id}/assessment/deel/stoplicht"`);
    for (const other of ['kunnen', 'willen', 'gedrag', 'persoonlijkheid', 'randvoorwaarden']) {
      expect(overview.html).not.toContain(`/assessment/deel/${other}"`);
    }
    expect(visibleText(overview.html)).toContain('Fase rood: er is nu een crisis.');
    expect(overview.html).not.toContain('Bewijs toevoegen');
    const direct = await getPage(t, sessionA, person(someone.id, '/assessment/deel/kunnen'));
    expect(direct.status).toBe(303);
    expect(direct.location).toBe(`/werkzoekenden/${someone.id}/assessment`);

    const done = await postForm(t, sessionA, person(someone.id, '/assessment/afronden'), { _versie: '2' });
    expect(done.status).toBe(303);
    const profile = await getPage(t, sessionA, done.location ?? '');
    const text = visibleText(profile.html);
    expect(text).toContain('Nu eerst andere stappen');
    expect(text).toContain('Er is nu een crisis (fase rood).');
    expect(text).toContain('Er is nog geen talentenprofiel.');
  });
});

describe('the words a lifecoach reads', () => {
  it('name segments, reasons and answers in Dutch, never by their codes or ids', async () => {
    const assessed = await t.factory.jobSeeker(coachA.user, { fullName: 'Bram Hoek' });
    await assessJobSeeker(t.orm, t.reference, coachA, assessed.id);
    for (const path of ['/profiel', '/assessment', '/werk-en-leren', '/na-de-start']) {
      const res = await getPage(t, sessionA, person(assessed.id, path));
      expect(res.status, path).toBe(200);
      const text = visibleText(res.html);
      expect(text, path).not.toMatch(
        /\b(READY|LATER|NOT_NOW|drie_maanden|anderhalf_jaar|op_orde|EMPLOYMENT|LEARN_WORK)\b/,
      );
      expect(text, path).not.toMatch(/\b[TPL]-[A-Z]{2,}/);
      expect(text, path).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    }
    const profile = visibleText((await getPage(t, sessionA, person(assessed.id, '/profiel'))).html);
    expect(profile).toContain('Klaar voor werk binnen drie maanden');
    expect(profile).toContain('Wat nog speelt, is binnen drie maanden geregeld');
    expect(profile).toContain('Steun en randvoorwaarden');
    expect(profile).toContain('Kredietbank regelt het');
  });
});
