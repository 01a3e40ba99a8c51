import type { MikroORM } from '@mikro-orm/core';
import type { RequestContext } from '../../src/http/context';
import {
  completeAssessment,
  saveAnswers,
  startAssessment,
} from '../../src/modules/assessments/assessment.service';
import type { ConsentPurpose } from '../../src/modules/consents/consent.entity';
import { recordConsent } from '../../src/modules/consents/consent.service';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import type { ReferenceData } from '../../src/reference/reference-data';
import { readyAnswerParts, STRENGTHS } from './assessment-flow';
import type { TestUser } from './factories';

/** A user's service context, as a request with their token would build it. */
export function serviceContext(orm: MikroORM, user: TestUser): RequestContext {
  return {
    em: orm.em.fork(),
    actor: {
      userId: user.user.id,
      organisationId: user.organisation.id,
      organisationKind: user.organisation.kind,
      role: user.user.role,
      tokenId: user.tokenId,
    },
    requestId: `test-${crypto.randomUUID()}`,
    now: new Date(),
  };
}

/** Consent recorded by the lifecoach through the service, with the current text. */
export async function giveConsent(
  orm: MikroORM,
  coach: TestUser,
  jobSeekerId: string,
  purpose: ConsentPurpose,
) {
  await recordConsent(serviceContext(orm, coach), jobSeekerId, {
    purpose,
    given: true,
    textVersion: currentConsentTextVersion(purpose),
  });
}

/**
 * A completed assessment through the service verbs (start, save in parts, complete): a talent
 * profile and a segment decision, as the lifecoach's pages would leave them.
 */
export async function assessJobSeeker(
  orm: MikroORM,
  reference: ReferenceData,
  coach: TestUser,
  jobSeekerId: string,
  parts: readonly object[] = readyAnswerParts,
) {
  const ctx = () => serviceContext(orm, coach);
  let draft = await startAssessment(ctx(), reference, jobSeekerId);
  for (const answers of parts) {
    draft = await saveAnswers(ctx(), reference, draft.id, {
      answers: answers as Record<string, unknown>,
      version: draft.version,
    });
  }
  return completeAssessment(ctx(), reference, draft.id, { strengthsSummary: STRENGTHS });
}
