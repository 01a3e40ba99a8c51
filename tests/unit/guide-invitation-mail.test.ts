import { describe, expect, it } from 'vitest';
import { guideInvitationMail, guideSignInLink } from '../../src/modules/placements/guide-invitation-mail';
import { ownKind } from '../../src/web/guidance/guidance-tools';

const invitation = (role: 'MENTOR' | 'MANAGER', accountCreated = true) => ({
  role,
  user: { id: 'u', displayName: 'Marloes de Wit', email: 'marloes@bedrijf.example', role },
  accountCreated,
  expiresAt: new Date('2027-03-14T10:00:00Z'),
  employerName: 'Havenlogistiek Waalhaven',
  vacancyTitle: 'Orderpicker magazijn',
  invitedByName: 'Jeroen Visser',
});

describe('the invitation mail to a mentor or manager', () => {
  const link = guideSignInLink('https://wrw.example', 'geheim');

  it('says who asks, for which job, what the task is, and how long the link works, with "u"', () => {
    const mail = guideInvitationMail(invitation('MANAGER'), link, 'https://wrw.example');
    expect(mail.to).toBe('marloes@bedrijf.example');
    expect(mail.subject).toBe(
      'Uitnodiging: leidinggevende van een nieuwe collega bij Havenlogistiek Waalhaven',
    );
    expect(mail.text).toContain(
      'Jeroen Visser van Havenlogistiek Waalhaven vraagt u om leidinggevende te zijn van een nieuwe collega, in de functie Orderpicker magazijn.',
    );
    expect(mail.text).toContain('minstens elke twee weken feedback');
    expect(mail.text).toContain('Er is een account voor u gemaakt.');
    expect(mail.text).toContain('https://wrw.example/inloggen/link?code=geheim');
    expect(mail.text).toContain('De link werkt 7 dagen (tot en met 14 maart 2027), en maar één keer.');
    expect(mail.text).not.toMatch(/\bje\b|\bjij\b/);
  });

  it('tells a mentor the mentor’s task, and an existing account only to sign in', () => {
    const mail = guideInvitationMail(invitation('MENTOR', false), link, 'https://wrw.example');
    expect(mail.subject).toContain('mentor van een nieuwe collega');
    expect(mail.text).toContain('Als mentor werkt u naast de nieuwe collega');
    expect(mail.text).not.toContain('Er is een account voor u gemaakt.');
    expect(mail.text).toContain('Open deze link om in te loggen:');
  });
});

describe('the conversation a guide records on a placement', () => {
  it('is the feedback for the manager, the mentor conversation for the mentor, none for others', () => {
    expect(ownKind({ yourRoles: ['MANAGER'] })).toBe('MANAGER_FEEDBACK');
    expect(ownKind({ yourRoles: ['MENTOR'] })).toBe('MENTOR');
    expect(ownKind({ yourRoles: ['RECRUITER', 'MANAGER'] })).toBe('MANAGER_FEEDBACK');
    expect(ownKind({ yourRoles: ['RECRUITER'] })).toBeNull();
    expect(ownKind({ yourRoles: ['LIFECOACH'] })).toBeNull();
  });
});
