import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { startSession } from '../../src/modules/auth/web-session.service';
import {
  outsideHelpCheckSchema,
  outsideHelpReferralListSchema,
  outsideHelpReferralSchema,
} from '../../src/modules/outside-help/outside-help.schemas';
import { OutsideHelpReferral } from '../../src/modules/outside-help/outside-help-referral.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { csrfTokenForSession } from '../../src/web/session/csrf';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession } from '../support/web-page-session';

// Referrals to outside help and their "did they arrive?" check, on a clock the test moves forward.

let now = new Date();
const advanceDays = (days: number) => {
  now = new Date(now.getTime() + days * 86_400_000);
};
const today = () => programmeToday(now);

let t: TestApp;
let coach: TestUser;
let otherCoach: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
});
afterAll(() => t.close());

/** A signed-in browser at the test's clock time. */
async function sessionFor(user: TestUser): Promise<WebSession> {
  const { secret } = await startSession(t.orm.em.fork(), user.user, now, { idleMinutes: 60, maxHours: 12 });
  return { cookie: `wrw_session=${secret}`, csrfToken: await csrfTokenForSession(secret) };
}

/** The API's verbs run on the wall clock; the web pages on the test's clock. */
const realToday = () => programmeToday(new Date());
const typed = (iso: string) => iso.split('-').reverse().join('-');

const apiReferral = () => ({
  kind: 'DEBT_COUNSELLING',
  organisationName: 'Schuldhulpverlening Rotterdam Zuid',
  contactName: 'Marieke de Boer',
  contactDetails: '010 123 45 67',
  referredOn: realToday(),
  note: 'Eerste gesprek over een betalingsregeling.',
});

async function checks(user: TestUser) {
  const res = await t.request('GET', '/api/outside-help-arrival-checks?limit=100', { token: user.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return pageSchema(outsideHelpCheckSchema).parse(res.json).items;
}

describe('a referral to outside help gets a “did they arrive?” check', () => {
  it('is on Today once the check day has come, again after “not yet”, and gone once the arrival is confirmed', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Karim Doorverwezen' });
    const path = `/werkzoekenden/${person.id}/hulp`;
    const item = 'Karim Doorverwezen: is die aangekomen bij Schuldhulpverlening Rotterdam Zuid?';
    const todayText = async () => visibleText((await getPage(t, await sessionFor(coach), '/vandaag')).html);

    const saved = await postForm(t, await sessionFor(coach), path, {
      kind: 'DEBT_COUNSELLING',
      organisationName: 'Schuldhulpverlening Rotterdam Zuid',
      contactName: 'Marieke de Boer',
      referredOn: typed(today()),
    });
    expect([saved.status, saved.location]).toEqual([303, `${path}?melding=verwezen`]);
    const referral = await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { jobSeeker: person.id });
    expect([referral.status, referral.checkOn]).toEqual(['WAITING', addDays(today(), 14)]);
    expect(await todayText()).not.toContain(item);

    advanceDays(13);
    expect(await todayText()).not.toContain(item);
    advanceDays(1);
    expect(await todayText()).toContain(item);

    const suffix = referral.id.slice(0, 8);
    const answer = async (fields: Record<string, string>) => {
      const current = await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { id: referral.id });
      return postForm(t, await sessionFor(coach), `${path}/${referral.id}/aangekomen`, {
        version: String(current.version),
        ...Object.fromEntries(Object.entries(fields).map(([field, value]) => [`${field}-${suffix}`, value])),
      });
    };
    const notYet = await answer({ outcome: 'NOT_YET', checkAgainOn: typed(addDays(today(), 7)) });
    expect([notYet.status, notYet.location]).toEqual([303, `${path}?melding=later-kijken`]);
    expect(await todayText()).not.toContain(item);
    advanceDays(7);
    expect(await todayText()).toContain(item);

    const arrived = await answer({ outcome: 'ARRIVED', arrivedOn: typed(addDays(today(), -2)) });
    expect([arrived.status, arrived.location]).toEqual([303, `${path}?melding=aangekomen`]);
    expect(await todayText()).not.toContain(item);
    const stored = await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { id: referral.id });
    expect([stored.status, stored.arrivedOn]).toEqual(['ARRIVED', addDays(today(), -2)]);

    const audit = await t.orm.em
      .fork()
      .find(AuditEntry, { subjectId: person.id, action: { $like: 'outside_help%' } });
    expect(new Set(audit.map((entry) => entry.action))).toEqual(
      new Set([
        'outside_help_referral.created',
        'outside_help_referral.listed',
        'outside_help_referral.checked',
      ]),
    );
  });

  it('lists the checks through the API for the lifecoach and the programme, not for another lifecoach', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Lotte Lijst' });
    const created = await t.request('POST', `/api/job-seekers/${person.id}/outside-help-referrals`, {
      token: coach.token,
      body: apiReferral(),
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const referral = outsideHelpReferralSchema.parse(created.json);
    expect(referral).toMatchObject({
      status: 'WAITING',
      checkOn: addDays(realToday(), 14),
      arrivalCheckDue: false,
      kindLabelNl: 'Schuldhulpverlening',
    });
    expect((await checks(coach)).map((check) => check.referralId)).not.toContain(referral.id);
    // The referral was made three weeks ago: its check day lies a week back.
    await t.orm.em
      .fork()
      .nativeUpdate(
        OutsideHelpReferral,
        { id: referral.id },
        { referredOn: addDays(realToday(), -21), checkOn: addDays(realToday(), -7) },
      );
    expect((await checks(coach)).find((check) => check.referralId === referral.id)).toMatchObject({
      fullName: 'Lotte Lijst',
      contactName: 'Marieke de Boer',
      daysPastCheck: 7,
    });
    expect((await checks(admin)).map((check) => check.referralId)).toContain(referral.id);
    expect((await checks(otherCoach)).map((check) => check.referralId)).not.toContain(referral.id);
    const closed = await t.request('POST', `/api/outside-help-referrals/${referral.id}/arrival-check`, {
      token: coach.token,
      body: {
        outcome: 'NOT_GOING',
        version: (await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { id: referral.id })).version,
      },
    });
    expect(outsideHelpReferralSchema.parse(closed.json).status).toBe('NOT_GOING');
    expect((await checks(coach)).map((check) => check.referralId)).not.toContain(referral.id);
  });

  it('refuses bad input with field paths, a stale version with 409, and writes nothing', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const before = await t.orm.em.fork().count(OutsideHelpReferral, {});
    const bad = async (body: object) => {
      const res = await t.request('POST', `/api/job-seekers/${person.id}/outside-help-referrals`, {
        token: coach.token,
        body,
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return (res.json as { errors: { path: string[] }[] }).errors.map((error) => error.path.join('.'));
    };
    expect(await bad({ ...apiReferral(), kind: 'BENEFITS_CHECK' })).toContain('kind');
    expect(await bad({ ...apiReferral(), contactName: '' })).toContain('contactName');
    expect(await bad({ ...apiReferral(), referredOn: addDays(realToday(), 1) })).toContain('referredOn');
    expect(await bad({ ...apiReferral(), checkOn: addDays(realToday(), -1) })).toContain('checkOn');
    expect(await bad({ ...apiReferral(), extra: true })).toBeDefined();
    expect(await t.orm.em.fork().count(OutsideHelpReferral, {})).toBe(before);

    const created = outsideHelpReferralSchema.parse(
      (
        await t.request('POST', `/api/job-seekers/${person.id}/outside-help-referrals`, {
          token: coach.token,
          body: { ...apiReferral(), kind: 'HOUSING', organisationName: 'Woonstad Rotterdam' },
        })
      ).json,
    );
    const stale = await t.request('POST', `/api/outside-help-referrals/${created.id}/arrival-check`, {
      token: coach.token,
      body: { outcome: 'NOT_GOING', version: created.version + 1 },
    });
    expect(stale.status).toBe(409);
    const past = await t.request('POST', `/api/outside-help-referrals/${created.id}/arrival-check`, {
      token: coach.token,
      body: { outcome: 'NOT_YET', checkAgainOn: realToday(), version: created.version },
    });
    expect(past.status).toBe(422);
    expect(JSON.stringify(past.json)).toContain('checkAgainOn');
    const stored = await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { id: created.id });
    expect([stored.status, stored.checkOn, stored.version]).toEqual([
      'WAITING',
      created.checkOn,
      created.version,
    ]);
  });
});

describe('security: outside help is for the lifecoach and the programme only', () => {
  it('another lifecoach, a partner, an employer, a provider and no token get nothing', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const created = outsideHelpReferralSchema.parse(
      (
        await t.request('POST', `/api/job-seekers/${person.id}/outside-help-referrals`, {
          token: coach.token,
          body: { ...apiReferral(), kind: 'CARE', organisationName: 'Wijkteam Feijenoord' },
        })
      ).json,
    );
    const list = `/api/job-seekers/${person.id}/outside-help-referrals`;
    const check = `/api/outside-help-referrals/${created.id}/arrival-check`;
    const answer = { outcome: 'NOT_GOING', version: created.version };
    expect((await t.request('GET', list, { token: otherCoach.token })).status).toBe(404);
    expect((await t.request('POST', check, { token: otherCoach.token, body: answer })).status).toBe(404);
    for (const role of [
      'PARTNER_WORKER',
      'EMPLOYER_RECRUITER',
      'MENTOR',
      'TRAJECTORY_COORDINATOR',
    ] as const) {
      const other = await t.factory.user(role);
      expect((await t.request('GET', list, { token: other.token })).status, role).toBe(403);
      expect((await t.request('POST', check, { token: other.token, body: answer })).status, role).toBe(403);
      expect(
        (await t.request('GET', '/api/outside-help-arrival-checks', { token: other.token })).status,
        role,
      ).toBe(403);
    }
    // Programme staff read, but the referral and its check are the lifecoach's.
    const asAdmin = await t.request('GET', list, { token: admin.token });
    expect(outsideHelpReferralListSchema.parse(asAdmin.json).items.map((item) => item.id)).toContain(
      created.id,
    );
    expect((await t.request('POST', list, { token: admin.token, body: apiReferral() })).status).toBe(403);
    expect((await t.request('GET', list)).status).toBe(401);
  });
});

describe('the lifecoach’s page “Hulp”', () => {
  it('records a referral with the form, keeps what was typed on an error, and answers the arrival check', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Nadia Formulier' });
    const session = await sessionFor(coach);
    const path = `/werkzoekenden/${person.id}/hulp`;
    const empty = await getPage(t, session, path);
    expect(empty.status).toBe(200);
    expect(visibleText(empty.html)).toContain('Er is nog geen doorverwijzing naar hulp buiten het werk.');

    const missing = await postForm(t, session, path, {
      kind: 'WORK_AND_INCOME',
      organisationName: 'Werk en Inkomen Rotterdam',
      contactName: '',
      referredOn: typed(today()),
    });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('id="veld-contactName-fout"');
    expect(missing.html).toContain('value="Werk en Inkomen Rotterdam"');
    expect(await t.orm.em.fork().count(OutsideHelpReferral, { jobSeeker: person.id })).toBe(0);

    const saved = await postForm(t, session, path, {
      kind: 'WORK_AND_INCOME',
      organisationName: 'Werk en Inkomen Rotterdam',
      contactName: 'Jeroen Klant',
      referredOn: typed(today()),
      note: 'Afspraak over de inkomensverrekening bij de start van werk.',
    });
    expect([saved.status, saved.location]).toEqual([303, `${path}?melding=verwezen`]);
    const page = visibleText((await getPage(t, session, `${path}?melding=verwezen`)).html);
    expect(page).toContain('Werk en Inkomen (gemeente): Werk en Inkomen Rotterdam');
    expect(page).toContain('Jeroen Klant');

    const referral = await t.orm.em.fork().findOneOrFail(OutsideHelpReferral, { jobSeeker: person.id });
    const suffix = referral.id.slice(0, 8);
    const noChoice = await postForm(t, session, `${path}/${referral.id}/aangekomen`, {
      version: String(referral.version),
    });
    expect(noChoice.status).toBe(422);
    expect(noChoice.html).toContain(`id="veld-outcome-${suffix}-fout"`);
    const arrived = await postForm(t, session, `${path}/${referral.id}/aangekomen`, {
      version: String(referral.version),
      [`outcome-${suffix}`]: 'ARRIVED',
      [`arrivedOn-${suffix}`]: typed(today()),
    });
    expect([arrived.status, arrived.location]).toEqual([303, `${path}?melding=aangekomen`]);
    expect(visibleText((await getPage(t, session, path)).html)).toContain(`Ja, op`);
    // Another lifecoach does not find the page.
    expect((await getPage(t, await sessionFor(otherCoach), path)).status).toBe(404);
  });
});
