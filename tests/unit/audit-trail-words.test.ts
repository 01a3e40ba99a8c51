import { describe, expect, it } from 'vitest';
import { describeForStaff, staffWords } from '../../src/modules/audit/person-audit-trail.service';
import { invitationMail, rolesForKind } from '../../src/web/programme/programme-words';

describe('the person’s audit wording, turned to the third person for programme staff', () => {
  it.each([
    ['bekeek je gegevens', 'bekeek de gegevens'],
    ['meldde je aan', 'meldde de persoon aan'],
    ['zag je naam en telefoonnummer in een lijst', 'zag de naam en telefoonnummer in een lijst'],
    ['bekeek je talentenprofiel', 'bekeek het talentenprofiel'],
    ['gaf je door aan een nieuwe lifecoach', 'gaf de persoon door aan een nieuwe lifecoach'],
    ['zocht werk dat bij je past', 'zocht werk dat bij de persoon past'],
    ['bekeek wie je lifecoach was', 'bekeek wie de lifecoach was'],
    ['begon een gesprek over je talenten (assessment)', 'begon een gesprek over de talenten (assessment)'],
    ['schreef op dat je bij een werkgever begint', 'schreef op dat de persoon bij een werkgever begint'],
  ])('%s → %s', (person, staff) => {
    expect(staffWords(person)).toBe(staff);
  });

  it('has words for every action, never the code itself, and no "je" left', () => {
    for (const action of [
      'job_seeker.viewed',
      'consent.recorded',
      'match_candidate.viewed',
      'meet_and_greet.job_seeker_invited',
      'audit_trail.viewed',
      'something_new.viewed',
      'something_new.changed',
    ]) {
      const words = describeForStaff(action);
      expect(words).not.toContain('_');
      expect(words).not.toMatch(/\bje\b/);
    }
    expect(describeForStaff('something_new.viewed')).toBe('bekeek de gegevens');
  });
});

describe('roles per organisation kind and the invitation mail', () => {
  it('offers only the roles of the kind', () => {
    expect(rolesForKind('EMPLOYER')).toEqual(['EMPLOYER_RECRUITER', 'MENTOR', 'MANAGER']);
    // The advisory group of experts by experience belongs to the programme and is invited like its staff.
    expect(rolesForKind('PROGRAMME')).toEqual(['PROGRAMME_ADMIN', 'LIFECOACH', 'ADVISORY_GROUP']);
    expect(rolesForKind('PARTNER')).toEqual(['PARTNER_WORKER']);
    expect(rolesForKind('TRAJECTORY_PROVIDER')).toEqual(['TRAJECTORY_COORDINATOR']);
  });

  it('addresses employers with "u" and everyone else with "je", with the link and how long it works', () => {
    const base = {
      to: 'a@b.example',
      displayName: 'Kim',
      organisationName: 'Org',
      expiresAt: new Date('2026-12-09T10:00:00Z'),
    };
    const employer = invitationMail(
      { ...base, role: 'EMPLOYER_RECRUITER' },
      'https://x/inloggen/link?code=abc',
      'https://x',
    );
    expect(employer.text).toContain('Beste Kim');
    expect(employer.text).toContain('voor u gemaakt');
    expect(employer.text).toContain('https://x/inloggen/link?code=abc');
    const manager = invitationMail(
      { ...base, role: 'MANAGER' },
      'https://x/inloggen/link?code=abc',
      'https://x',
    );
    expect(manager.text).toContain('als leidinggevende bij Org');
    expect(manager.subject).toBe('Uw account bij Warm Rotterdam Werkt');
    const coach = invitationMail(
      { ...base, role: 'LIFECOACH' },
      'https://x/inloggen/link?code=abc',
      'https://x',
    );
    expect(coach.text).toContain('Hallo Kim');
    expect(coach.text).toContain('als lifecoach bij Org');
    expect(coach.text).toContain('9 december 2026');
  });
});

describe('the audit trail page groups repeats', () => {
  it('one line per person, thing and minute, with how often; another minute or person is a line of its own', async () => {
    const { groupLines } = await import('../../src/web/programme/who-saw');
    const line = (at: string, actorName: string, what: string) => ({
      occurredAt: new Date(at),
      actorName,
      actorRole: 'LIFECOACH',
      organisationName: 'Warm Rotterdam',
      what,
      action: 'x.viewed',
    });
    const grouped = groupLines([
      line('2026-12-02T10:00:10Z', 'Samira', 'bekeek de gegevens'),
      line('2026-12-02T10:00:20Z', 'Samira', 'zag de naam in een lijst'),
      line('2026-12-02T10:00:30Z', 'Samira', 'bekeek de gegevens'),
      line('2026-12-02T10:00:40Z', 'Piet', 'bekeek de gegevens'),
      line('2026-12-02T10:01:10Z', 'Samira', 'bekeek de gegevens'),
    ]);
    expect(grouped.map((g) => [g.actorName, g.what, g.times])).toEqual([
      ['Samira', 'bekeek de gegevens', 2],
      ['Samira', 'zag de naam in een lijst', 1],
      ['Piet', 'bekeek de gegevens', 1],
      ['Samira', 'bekeek de gegevens', 1],
    ]);
  });
});
