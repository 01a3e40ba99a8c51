import { z } from 'zod';
import { type CadenceRules, cadenceRuleProblems, DEFAULT_CADENCE_RULES } from './cadence';

const whole = (min: number, max: number) => z.number().int().min(min).max(max);

const overridesSchema = z
  .object({
    managerFeedbackDays: whole(1, 14).optional(),
    dueSoonDays: whole(0, 14).optional(),
    phases: z
      .array(
        z.object({ fromWeek: whole(1, 520), mentorDays: whole(1, 90), lifecoachDays: whole(1, 90) }).strict(),
      )
      .min(1)
      .max(20)
      .optional(),
  })
  .strict();

/**
 * The PLACEMENT_CADENCE setting: a JSON object that overrides some of the default cadence rules,
 * for example {"managerFeedbackDays":10} or {"phases":[{"fromWeek":1,"mentorDays":7,"lifecoachDays":10}]}.
 * The result is the complete rules; an invalid value stops the service at start with a message.
 */
export const cadenceSetting = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(overridesSchema)
  .transform((overrides, ctx): CadenceRules => {
    const rules: CadenceRules = {
      managerFeedbackDays: overrides.managerFeedbackDays ?? DEFAULT_CADENCE_RULES.managerFeedbackDays,
      dueSoonDays: overrides.dueSoonDays ?? DEFAULT_CADENCE_RULES.dueSoonDays,
      phases: overrides.phases ?? DEFAULT_CADENCE_RULES.phases,
    };
    for (const problem of cadenceRuleProblems(rules)) ctx.addIssue({ code: 'custom', message: problem });
    return rules;
  });
