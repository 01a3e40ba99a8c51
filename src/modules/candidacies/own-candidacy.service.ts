import { LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { Candidacy } from './candidacy.entity';
import { isOpenCandidacy } from './candidacy-rules';
import { applyTransition, invalidTransition } from './candidacy-transitions';

export type OwnCandidacyAnswer = { answer: 'YES' | 'NO'; version: number };

/**
 * The person says yes or no to a proposed match (one of their open candidacies), without a reason.
 * No is the step DECLINED_BY_PERSON taken by the person: it ends this candidacy only, and like
 * every reason on the person's side it is never shown to the employer (who reads "not going on").
 * Matching, consents and other candidacies are untouched. Yes is kept with the candidacy, for the
 * lifecoach; it moves nothing, the employer takes the next step.
 */
export async function answerOwnCandidacy(
  ctx: RequestContext,
  candidacyId: string,
  input: OwnCandidacyAnswer,
): Promise<{ id: string; status: string; personAgreedAt: string | null; version: number }> {
  assertCan(ctx.actor, Permission.AnswerOwnInvitations);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const candidacy = await em.findOne(Candidacy, {
      id: candidacyId,
      jobSeeker: ctx.actor.jobSeekerId ?? '',
    });
    if (!candidacy) throw notFound({ nl: 'Deze kandidatuur', en: 'Candidacy' });
    await em.lock(candidacy, LockMode.PESSIMISTIC_WRITE);
    assertVersion(candidacy, input.version);
    if (!isOpenCandidacy(candidacy.status)) throw invalidTransition(candidacy.status, 'DECLINED_BY_PERSON');
    if (input.answer === 'NO') {
      await applyTransition(tx, candidacy, 'DECLINED_BY_PERSON', { mover: 'PERSON' });
    } else {
      candidacy.personAgreedAt = ctx.now;
      recordAudit(tx, {
        action: 'candidacy.person_agreed',
        entityType: 'candidacy',
        entityId: candidacy.id,
        subjectId: candidacy.jobSeeker.id,
        fields: ['personAgreedAt'],
      });
    }
    await em.flush();
    return {
      id: candidacy.id,
      status: candidacy.status,
      personAgreedAt: candidacy.personAgreedAt?.toISOString() ?? null,
      version: candidacy.version,
    };
  });
}
