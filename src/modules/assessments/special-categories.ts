import type { EntityManager } from '@mikro-orm/core';
import type { AnswerPatch, Answers, ObstacleAnswer, ProfileObstacle } from './answers';
import { Assessment, TalentProfileRecord } from './assessment.entity';

/**
 * Obstacles that are special-category data under the AVG: health and addiction (GDPR art. 9), and
 * justice — criminal records, probation (art. 10). They are recorded only with the person's explicit
 * consent for that purpose (SPECIAL_CATEGORIES), and removed when it is withdrawn.
 */
export const specialCategoryObstacles: Readonly<Record<string, 'ART_9' | 'ART_10'>> = {
  gezondheid: 'ART_9',
  verslaving: 'ART_9',
  justitie: 'ART_10',
};

export const isSpecialCategoryObstacle = (type: string): boolean =>
  Object.hasOwn(specialCategoryObstacles, type);

/** Where in an answer patch a special-category obstacle is recorded: `[section, item, index, 'type']`. */
export function specialCategoryPaths(answers: AnswerPatch | Answers): (string | number)[][] {
  const paths: (string | number)[][] = [];
  for (const [section, items] of Object.entries(answers)) {
    for (const [itemId, value] of Object.entries(items ?? {})) {
      if (!Array.isArray(value)) continue;
      value.forEach((entry, index) => {
        if (isObstacle(entry) && isSpecialCategoryObstacle(entry.type)) {
          paths.push([section, itemId, index, 'type']);
        }
      });
    }
  }
  return paths;
}

const isObstacle = (value: unknown): value is ObstacleAnswer =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const withoutSpecial = <T extends ObstacleAnswer>(list: readonly T[]): T[] =>
  list.filter((obstacle) => !isSpecialCategoryObstacle(obstacle.type));

/**
 * The person withdrew their consent: special-category obstacles leave every assessment and every
 * talent profile version of the person (answers and the profile's support needs), in the caller's
 * transaction. Returns how many records changed. The segment decisions keep their recorded reasons.
 */
export async function forgetSpecialCategoryObstacles(
  em: EntityManager,
  jobSeekerId: string,
): Promise<number> {
  let changed = 0;
  for (const assessment of await em.find(Assessment, { jobSeeker: jobSeekerId })) {
    const answers = assessment.answers as Answers;
    let touched = false;
    const next: Record<string, Record<string, unknown>> = {};
    for (const [section, items] of Object.entries(answers)) {
      next[section] = {};
      for (const [itemId, value] of Object.entries(items ?? {})) {
        if (
          Array.isArray(value) &&
          value.some((entry) => isObstacle(entry) && isSpecialCategoryObstacle(entry.type))
        ) {
          next[section][itemId] = withoutSpecial(value as ObstacleAnswer[]);
          touched = true;
        } else {
          next[section][itemId] = value;
        }
      }
    }
    if (touched) {
      assessment.answers = next as Answers;
      changed++;
    }
  }
  for (const record of await em.find(TalentProfileRecord, { jobSeeker: jobSeekerId })) {
    const supportNeeds = record.supportNeeds as { obstacles?: ProfileObstacle[] };
    const obstacles = supportNeeds.obstacles ?? [];
    if (!obstacles.some((obstacle) => isSpecialCategoryObstacle(obstacle.type))) continue;
    record.supportNeeds = { ...supportNeeds, obstacles: withoutSpecial(obstacles) };
    changed++;
  }
  return changed;
}
