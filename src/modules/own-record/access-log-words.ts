/**
 * "Wie heeft mijn gegevens bekeken": one audit entry in the plain words the person reads. Pure.
 * Staff are named by role and organisation only, never by name: the person learns which
 * organisation looked and in which role, which is what the right of access asks, while the names
 * of individual employees stay with the programme (the person can always ask their lifecoach).
 */
export type AccessLine = {
  /** The Dutch calendar day (YYYY-MM-DD). */
  day: string;
  who: string;
  what: string;
  times: number;
};

const whoByRole: Record<string, string> = {
  PROGRAMME_ADMIN: 'Een medewerker van Warm Rotterdam Werkt',
  LIFECOACH: 'Een lifecoach',
  PARTNER_WORKER: 'Een medewerker van de organisatie die je aanmeldde',
  EMPLOYER_RECRUITER: 'Een werkgever',
  MENTOR: 'Een mentor bij je werkgever',
  MANAGER: 'Je leidinggevende bij je werkgever',
  TRAJECTORY_COORDINATOR: 'Een organisatie van leer-werktrajecten',
  SYSTEM: 'Het systeem van Warm Rotterdam Werkt',
};

export function describeWho(role: string | null, organisationName: string | null): string {
  const who = whoByRole[role ?? 'SYSTEM'] ?? 'Iemand';
  return organisationName && role !== 'SYSTEM' ? `${who} (${organisationName})` : who;
}

const whatByAction: Record<string, string> = {
  'job_seeker.viewed': 'bekeek je gegevens',
  'job_seeker.listed': 'zag je naam en telefoonnummer in een lijst',
  'referral.listed': 'zag in een lijst hoe het gaat met je aanmelding',
  'referral.viewed': 'bekeek hoe het gaat met je aanmelding',
  'outside_help_referral.created': 'schreef op naar welke hulp je werd doorverwezen',
  'outside_help_referral.listed': 'bekeek naar welke hulp je werd doorverwezen',
  'outside_help_referral.checked': 'schreef op of je bij de hulp bent aangekomen',
  'job_seeker.created': 'meldde je aan',
  'job_seeker.updated': 'veranderde je gegevens',
  'job_seeker.handed_over': 'gaf je door aan een nieuwe lifecoach',
  'lifecoach_history.viewed': 'bekeek wie je lifecoach was',
  'consent.viewed': 'bekeek je toestemmingen',
  'consent.recorded': 'schreef je toestemming op',
  'assessment.started': 'begon een gesprek over je talenten (assessment)',
  'assessment.viewed': 'bekeek je assessment',
  'assessment.listed': 'bekeek je assessments',
  'assessment.answers_saved': 'schreef antwoorden op in je assessment',
  'assessment.evidence_added': 'voegde een bewijs toe aan je assessment',
  'assessment.evidence_removed': 'haalde een bewijs weg uit je assessment',
  'assessment.completed': 'maakte je assessment af',
  'talent_profile.created': 'maakte je talentenprofiel',
  'talent_profile.viewed': 'bekeek je talentenprofiel',
  'talent_profile.listed': 'bekeek je talentenprofielen',
  'segment_decision.viewed': 'bekeek je segment',
  'job_seeker_matches.viewed': 'zocht werk dat bij je past',
  'training_suggestions.viewed': 'zocht opleidingen die bij je passen',
  'legal_qualifications.viewed': 'bekeek je diploma’s en certificaten',
  'shortlist_entry.viewed': 'zag je profiel zonder naam op een lijst voor een Meet & Greet',
  'shortlist_entry.marked': 'gaf aan of die je wil spreken op een Meet & Greet',
  'shortlist_entry.added': 'zette je op een lijst voor een Meet & Greet',
  'meet_and_greet.job_seeker_invited': 'nodigde je uit voor een Meet & Greet',
  'meet_and_greet.job_seeker_answered': 'schreef je antwoord op een Meet & Greet op',
  'meet_and_greet_participant.listed': 'zag je naam in de lijst van een Meet & Greet',
  'candidate.identity_revealed': 'vertelde een werkgever je naam, met je toestemming',
  'interview_invitation.created': 'nodigde je uit voor een sollicitatiegesprek',
  'interview_invitation.listed': 'bekeek je uitnodigingen voor een sollicitatiegesprek',
  'trajectory_progress.recorded': 'schreef op hoe het gaat in je traject',
  'trajectory_progress.viewed': 'bekeek hoe het gaat in je traject',
  'trajectory_suggestions.viewed': 'zocht trajecten die bij je passen',
  'placement.created': 'schreef op dat je bij een werkgever begint',
  'placement.guide_invited': 'nodigde een mentor of leidinggevende uit om je op je werk te begeleiden',
  'check_in.recorded': 'schreef een gesprek over je werk op',
  'placement_support_note.recorded': 'schreef een notitie over je begeleiding op',
  'own_record.invited_by_email': 'stuurde je een uitnodiging voor Mijn gegevens',
  'sign_in_code.issued': 'maakte een brief met een inlogcode voor je',
  'erasure_request.created': 'schreef op dat je stopt',
  'erasure_request.confirmed': 'gaf opdracht je gegevens te wissen',
  'job_seeker.erased': 'wiste je gegevens',
  'erasure_request.viewed': 'bekeek je gegevens over stoppen',
  'erasure_request.listed': 'zag je naam in de lijst van wie wil stoppen',
  'erasure_request.not_yet': 'legde uit waarom je gegevens nog niet gewist kunnen worden',
  'erasure_request.withdrawn': 'schreef op dat je toch blijft meedoen',
  'retention_notice.created': 'liet weten dat je gegevens over 30 dagen worden gewist',
  'retention_notice.listed': 'zag dat je gegevens over 30 dagen worden gewist',
  'retention_notice.kept': 'schreef op dat je nog meedoet',
};

export function describeWhat(action: string, candidate?: { code: string; job: string } | undefined): string {
  if (action === 'match_candidate.viewed') {
    return candidate
      ? `zag je profiel met code ${candidate.code} (voor de vacature ${candidate.job})`
      : 'zag je profiel zonder naam';
  }
  const known = whatByAction[action];
  if (known) return known;
  return /\.(viewed|listed)$/.test(action) ? 'bekeek je gegevens' : 'veranderde iets in je gegevens';
}
