import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { jobSeekerRecordSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import { Placement } from '../../src/modules/placements/placement.entity';
import { referralSchema } from '../../src/modules/referrals/referral.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, webSessionFor } from '../support/web-page-session';

let t: TestApp;
let coach: TestUser;
let partner: TestUser;
let colleague: TestUser;
let otherPartner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  partner = await t.factory.user('PARTNER_WORKER');
  colleague = await t.factory.user('PARTNER_WORKER', partner.organisation);
  otherPartner = await t.factory.user('PARTNER_WORKER');
});
afterAll(() => t.close());

const NOTE = 'Heeft tien jaar in de schoonmaak gewerkt. Wil graag weer aan de slag, liefst in de ochtend.';
const REACH = 'Bellen na 16 uur, of via onze inloop op dinsdagochtend.';
let phoneNumber = 0;

async function refer(fullName: string, by: TestUser = partner) {
  phoneNumber += 1;
  const res = await t.request('POST', '/api/job-seekers', {
    token: by.token,
    body: {
      fullName,
      phone: `0655600${String(phoneNumber).padStart(3, '0')}`,
      postcode: '3072',
      lifecoachId: coach.user.id,
      referralNote: NOTE,
      howToReach: REACH,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return jobSeekerRecordSchema.parse(res.json);
}

async function referral(id: string, by: TestUser = partner) {
  const res = await t.request('GET', `/api/referrals/${id}`, { token: by.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return referralSchema.parse(res.json);
}

describe('a partner follows its referral in plain words', () => {
  it('goes from ontvangen to gestopt as the person’s journey moves on', async () => {
    const person = await refer('Noor Verwezen');
    expect(person).toMatchObject({ view: 'REGISTRATION', howToReach: REACH });
    expect(await referral(person.id)).toMatchObject({
      fullName: 'Noor Verwezen',
      referralNote: NOTE,
      howToReach: REACH,
      lifecoach: { displayName: coach.user.displayName },
      status: 'RECEIVED',
      statusLabelNl: 'ontvangen',
    });

    const contact = await t.request('POST', `/api/job-seekers/${person.id}/first-contact`, {
      token: coach.token,
      body: {},
    });
    expect(contact.status, JSON.stringify(contact.json)).toBe(200);
    expect((await referral(person.id)).statusLabelNl).toBe('eerste gesprek gehad');

    const seeker = await t.orm.em
      .fork()
      .findOneOrFail(JobSeeker, { id: person.id }, { populate: ['responsibleLifecoach'] });
    await t.factory.segmentDecision(seeker, 'READY', '2027-03-01');
    expect((await referral(person.id)).statusLabelNl).toBe('mee bezig');

    const employer = await t.factory.organisation('EMPLOYER');
    const vacancy = await t.factory.vacancy(employer);
    const placement = await t.factory.placement(seeker, vacancy, { status: 'ACTIVE' });
    expect((await referral(person.id)).statusLabelNl).toBe('aan het werk');
    // A colleague at the same partner sees the same referral.
    expect((await referral(person.id, colleague)).status).toBe('AT_WORK');

    await t.orm.em.fork().nativeUpdate(Placement, { id: placement.id }, { status: 'ENDED' });
    expect((await referral(person.id)).statusLabelNl).toBe('mee bezig');

    const stop = await t.request('POST', `/api/job-seekers/${person.id}/erasure`, { token: coach.token });
    expect(stop.status, JSON.stringify(stop.json)).toBe(200);
    const stopped = await referral(person.id);
    expect([stopped.status, stopped.statusLabelNl]).toEqual(['STOPPED', 'gestopt']);
  });

  it('lists the organisation’s referrals newest first, and each read is in the person’s audit trail', async () => {
    const first = await refer('Anouk Eerder');
    const second = await refer('Bram Later');
    const res = await t.request('GET', '/api/referrals?limit=100', { token: partner.token });
    expect(res.status).toBe(200);
    const items = pageSchema(referralSchema).parse(res.json).items;
    const order = items.map((item) => item.id);
    expect(order.indexOf(second.id)).toBeLessThan(order.indexOf(first.id));
    const audit = await t.orm.em
      .fork()
      .find(AuditEntry, { subjectId: first.id, action: 'referral.listed', actorUserId: partner.user.id });
    expect(audit).toHaveLength(1);
  });
});

describe('security: a partner sees no segment, profile or notes, and no other partner’s referrals', () => {
  it('answers only the five status words and the partner’s own words, never segment, consents or lifecoach notes', async () => {
    const person = await refer('Ceren Zonder');
    const seeker = await t.orm.em
      .fork()
      .findOneOrFail(JobSeeker, { id: person.id }, { populate: ['responsibleLifecoach'] });
    await t.factory.segmentDecision(seeker, 'LATER', '2027-03-01');
    const handover = await t.request('POST', `/api/job-seekers/${person.id}/handover`, {
      token: coach.token,
      body: {
        toLifecoachId: (await t.factory.user('LIFECOACH')).user.id,
        note: 'Vertrouwelijk: schulden bij de Belastingdienst.',
      },
    });
    expect(handover.status, JSON.stringify(handover.json)).toBe(201);

    const res = await t.request('GET', `/api/referrals/${person.id}`, { token: partner.token });
    const body = JSON.stringify(res.json);
    expect(Object.keys(res.json as object).sort()).toEqual(Object.keys(referralSchema.shape).sort());
    for (const word of ['LATER', 'segment', 'consent', 'profile', 'Belastingdienst', 'Vertrouwelijk']) {
      expect(body).not.toContain(word);
    }
    // The referral note stays the partner's own, also after a handover.
    expect(referralSchema.parse(res.json).referralNote).toBe(NOTE);
    // The person's record as a partner reads it: registration data only.
    const record = await t.request('GET', `/api/job-seekers/${person.id}`, { token: partner.token });
    expect(JSON.stringify(record.json)).not.toContain('LATER');
    expect(
      await t.request('GET', `/api/job-seekers/${person.id}/lifecoach-history`, { token: partner.token }),
    ).toMatchObject({ status: 403 });
  });

  it('another partner, a lifecoach and no token get nothing', async () => {
    const person = await refer('Daan Anders');
    expect(
      (await t.request('GET', `/api/referrals/${person.id}`, { token: otherPartner.token })).status,
    ).toBe(404);
    const list = await t.request('GET', '/api/referrals?limit=100', { token: otherPartner.token });
    expect(
      pageSchema(referralSchema)
        .parse(list.json)
        .items.map((item) => item.id),
    ).not.toContain(person.id);
    expect((await t.request('GET', '/api/referrals', { token: coach.token })).status).toBe(403);
    expect((await t.request('GET', `/api/referrals/${person.id}`, { token: coach.token })).status).toBe(403);
    expect((await t.request('GET', '/api/referrals')).status).toBe(401);
    // Someone the partner did not refer, in the same lifecoach's caseload.
    const notReferred = await t.factory.jobSeeker(coach.user);
    expect(
      (await t.request('GET', `/api/referrals/${notReferred.id}`, { token: partner.token })).status,
    ).toBe(404);
    expect((await t.request('GET', '/api/referrals/not-an-id', { token: partner.token })).status).toBe(422);
  });

  it('refuses a too long way to reach the person with a field path, and writes nothing', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: partner.token,
      body: {
        fullName: 'Eva Lang',
        phone: '0655699001',
        postcode: '3072',
        lifecoachId: coach.user.id,
        howToReach: 'x'.repeat(501),
      },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.json)).toContain('howToReach');
    const list = await t.request('GET', '/api/referrals?limit=100', { token: partner.token });
    expect(JSON.stringify(list.json)).not.toContain('Eva Lang');
  });
});

describe('the partner’s workspace', () => {
  it('signs the partner in at /partner, refers someone with the form, and shows the status in words only', async () => {
    const session = await webSessionFor(t, partner.user);
    const home = await getPage(t, session, '/partner');
    expect(home.status).toBe(200);
    expect(visibleText(home.html)).toContain('Onze aanmeldingen');

    const form = await getPage(t, session, '/partner/aanmelden');
    expect(form.html).toContain(coach.user.displayName);
    const missing = await postForm(t, session, '/partner/aanmelden', {
      fullName: 'Fatma Formulier',
      phone: '0655688001',
      postcode: '3072',
      preferredLanguage: 'nl',
      howToReach: REACH,
    });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('id="veld-lifecoachId-fout"');
    expect(missing.html).toContain('value="Fatma Formulier"');
    expect(missing.html).toContain(REACH);

    const sent = await postForm(t, session, '/partner/aanmelden', {
      fullName: 'Fatma Formulier',
      phone: '0655688001',
      postcode: '3072',
      preferredLanguage: 'nl',
      lifecoachId: coach.user.id,
      howToReach: REACH,
      referralNote: NOTE,
    });
    expect([sent.status, sent.location]).toEqual([303, '/partner?gelukt=aangemeld']);
    const list = await getPage(t, session, '/partner?gelukt=aangemeld');
    const text = visibleText(list.html);
    expect(text).toContain('De aanmelding is opgeslagen');
    expect(text).toContain('Fatma Formulier');
    expect(text).toContain('Ontvangen');
    expect(text).not.toMatch(/segment|kansrijk|profiel/i);

    const id = /\/partner\/aanmeldingen\/([0-9a-f-]{36})"[^>]*>Fatma Formulier/.exec(list.html)?.[1];
    expect(id).toBeDefined();
    const detail = await getPage(t, session, `/partner/aanmeldingen/${id}`);
    expect(detail.status).toBe(200);
    expect(visibleText(detail.html)).toContain(REACH);
    expect(visibleText(detail.html)).toContain('Ontvangen');

    // The old caseload address leads to the partner's workspace.
    expect((await getPage(t, session, '/werkzoekenden')).location).toBe('/partner');
  });

  it('another partner’s referral is not found, and other roles do not have the workspace', async () => {
    const person = await refer('Gijs Geheim');
    const other = await webSessionFor(t, otherPartner.user);
    expect((await getPage(t, other, `/partner/aanmeldingen/${person.id}`)).status).toBe(404);
    expect(visibleText((await getPage(t, other, '/partner')).html)).not.toContain('Gijs Geheim');
    const asCoach = await webSessionFor(t, coach.user);
    expect((await getPage(t, asCoach, '/partner')).status).toBe(404);
  });
});
