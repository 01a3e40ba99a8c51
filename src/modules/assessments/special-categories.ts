import type { RequestContext } from '../../http/context';
import { validationError } from '../../http/problem';
import { hasConsent } from '../consents/consent.service';
import type { AnswerPatch } from './answers';

/**
 * Obstacle types that are special-category or criminal data under the AVG (GDPR art. 9 and 10):
 * health, addiction, justice. They are recorded only with the person's explicit consent for that
 * purpose (consent purpose SPECIAL_CATEGORIES, a text of its own).
 */
export const SPECIAL_CATEGORY_OBSTACLES: readonly string[] = ['gezondheid', 'verslaving', 'justitie'];

/** 422 naming each such obstacle in the patch when the person has not given SPECIAL_CATEGORIES. */
export async function assertSpecialCategoryConsent(
  ctx: RequestContext,
  jobSeekerId: string,
  patch: AnswerPatch,
): Promise<void> {
  const obstacles = (patch.randvoorwaarden?.obstakels ?? []) as { type?: string }[];
  if (!Array.isArray(obstacles)) return;
  const special = obstacles
    .map((obstacle, index) => ({ type: obstacle?.type ?? '', index }))
    .filter(({ type }) => SPECIAL_CATEGORY_OBSTACLES.includes(type));
  if (special.length === 0) return;
  if (await hasConsent(ctx.em, jobSeekerId, 'SPECIAL_CATEGORIES')) return;
  throw validationError(
    special.map(({ index }) => ({
      path: ['answers', 'randvoorwaarden', 'obstakels', index, 'type'],
      message:
        'Gezondheid, verslaving en justitie schrijf je alleen op als de werkzoekende daar apart toestemming voor gaf / Health, addiction and justice are recorded only with the person’s explicit consent (SPECIAL_CATEGORIES)',
    })),
    'Er is niets opgeslagen: voor dit onderwerp is eerst toestemming nodig / Nothing was saved: this topic needs explicit consent first.',
  );
}
