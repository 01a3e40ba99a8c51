import { Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { type ConsentPurpose, ConsentRecord } from '../consents/consent.entity';
import type { RecordConsentInput } from '../consents/consent.schemas';
import { appendConsentRecord, currentConsents } from '../consents/consent.service';
import { consentTexts, currentConsentTextVersion, findConsentText } from '../consents/consent-texts';
import { CandidatePseudonym } from '../matching/candidate-pseudonym.entity';
import { findOwnJobSeeker } from './own-record.access';

/**
 * The purposes a person decides about themselves. Taking part (PROGRAMME_PROCESSING) is not
 * switched off here: stopping means erasing the record, which the person asks for with "Stoppen"
 * through their lifecoach until that request is built into this page.
 */
export const ownConsentPurposes = [
  'MATCHING',
  'MEET_AND_GREET',
  'PROFILE_SHARING',
  'SPECIAL_CATEGORIES',
] as const;
export type OwnConsentPurpose = (typeof ownConsentPurposes)[number];

export type OwnConsentItem = {
  purpose: ConsentPurpose;
  employerOrganisationId: string | null;
  employerName: string | null;
  given: boolean | null;
  decidedAt: string | null;
  /** The text the current answer was given against, and the text an answer given now is given against. */
  answeredText: { version: string; title: string; text: string } | null;
  currentText: { version: string; title: string; text: string };
  decidable: boolean;
};

const textOf = (purpose: ConsentPurpose, version: string) => {
  const found = findConsentText(purpose, version);
  return found ? { version: found.version, title: found.title, text: found.text } : null;
};

/** The employers the person may decide about: those who know them by code, or had an answer before. */
async function employersOfPerson(ctx: RequestContext, jobSeekerId: string) {
  const [pseudonyms, sharing] = await Promise.all([
    ctx.em.find(
      CandidatePseudonym,
      { jobSeeker: jobSeekerId },
      { populate: ['vacancy', 'vacancy.employer'] },
    ),
    ctx.em.find(
      ConsentRecord,
      { jobSeeker: jobSeekerId, purpose: 'PROFILE_SHARING' },
      { populate: ['employer'] },
    ),
  ]);
  const employers = new Map<string, string>();
  for (const record of sharing) if (record.employer) employers.set(record.employer.id, record.employer.name);
  for (const pseudonym of pseudonyms)
    employers.set(pseudonym.vacancy.employer.id, pseudonym.vacancy.employer.name);
  return [...employers.entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Every consent the person has, in the order of the page; the read is audited. */
export async function getOwnConsents(ctx: RequestContext): Promise<{ items: OwnConsentItem[] }> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const [current, employers] = await Promise.all([
    currentConsents(ctx.em, jobSeeker.id),
    employersOfPerson(ctx, jobSeeker.id),
  ]);
  const item = (purpose: ConsentPurpose, employer: { id: string; name: string } | null): OwnConsentItem => {
    const state = current.find(
      (consent) => consent.purpose === purpose && consent.employerOrganisationId === (employer?.id ?? null),
    );
    const currentVersion = currentConsentTextVersion(purpose);
    return {
      purpose,
      employerOrganisationId: employer?.id ?? null,
      employerName: employer?.name ?? null,
      given: state ? state.given : null,
      decidedAt: state?.recordedAt ?? null,
      answeredText: state ? textOf(purpose, state.textVersion) : null,
      currentText: textOf(purpose, currentVersion) ?? { version: currentVersion, title: '', text: '' },
      decidable: purpose !== 'PROGRAMME_PROCESSING',
    };
  };
  const items = [
    item('PROGRAMME_PROCESSING', null),
    item('MATCHING', null),
    item('MEET_AND_GREET', null),
    item('SPECIAL_CATEGORIES', null),
    ...employers.map((employer) => item('PROFILE_SHARING', employer)),
  ];
  recordAudit(ctx, { action: 'consent.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return { items };
}

export type OwnConsentDecision = {
  purpose: OwnConsentPurpose;
  given: boolean;
  /** The version of the text the person read on the page (its current one). */
  textVersion: string;
  employerOrganisationId?: string | undefined;
};

/**
 * The person gives or withdraws a consent themselves. It counts from the next request everywhere:
 * matching, shortlists and reveals read the latest record on every request.
 */
export async function decideOwnConsent(ctx: RequestContext, decision: OwnConsentDecision): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findOwnJobSeeker(tx, Permission.DecideOwnConsents);
    if (!consentTexts[decision.purpose].versions.some((text) => text.version === decision.textVersion)) {
      throw validationError([{ path: ['textVersion'], message: 'Deze tekst kennen wij niet.' }]);
    }
    if (decision.purpose === 'PROFILE_SHARING') {
      const employers = await employersOfPerson(tx, jobSeeker.id);
      if (!employers.some((employer) => employer.id === decision.employerOrganisationId)) {
        throw validationError([
          { path: ['employerOrganisationId'], message: 'Kies een werkgever uit de lijst.' },
        ]);
      }
    }
    const input: RecordConsentInput = {
      purpose: decision.purpose,
      given: decision.given,
      textVersion: decision.textVersion,
      ...(decision.purpose === 'PROFILE_SHARING'
        ? { employerOrganisationId: decision.employerOrganisationId }
        : {}),
    };
    await appendConsentRecord(tx, jobSeeker, input);
  });
}
