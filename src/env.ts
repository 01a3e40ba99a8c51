import { z } from 'zod';
import { cadenceSetting } from './modules/placements/cadence-config';

/** Configuration, parsed once at start. Nothing else in the service reads `process.env`. */
const envSchema = z.object({
  /** 0: any free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** When set, the service uses this PostgreSQL; otherwise the embedded PGlite in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  /** Failed authentications (a wrong, expired or revoked token) one client may make per window… */
  AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** …before its failing requests answer 429 for this long. Valid tokens are never refused. */
  AUTH_FAILURE_BLOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /**
   * Reverse proxies in front of the service that append the client to X-Forwarded-For. 0: the
   * header is ignored and the connecting address is the client (a client can write the header).
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** `auto`: seed demo data into an empty embedded database only. `never`: do not seed on start. */
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  ASSESSMENTS_DIR: z.string().min(1).default('./assessments'),
  CHECKLISTS_DIR: z.string().min(1).default('./checklists'),
  REFERENCE_DIR: z.string().min(1).default('./reference'),
  /** JSON overrides of the matching weights, e.g. {"components":{"distance":0.2}}; defaults in the README. */
  MATCH_WEIGHTS: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .optional(),
  /** Working days a new registration or handover may wait for a first conversation before it is on Today. */
  FIRST_CONTACT_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** The planned intensity of preparation: the most weeks a plan may last for a person in READY… */
  PREPARATION_WEEKS_READY: z.coerce.number().int().min(1).max(104).default(13),
  /** …and in LATER. */
  PREPARATION_WEEKS_LATER: z.coerce.number().int().min(1).max(104).default(26),
  /** JSON overrides of the follow-up cadence after a hire, e.g. {"managerFeedbackDays":10}; defaults in the README. */
  PLACEMENT_CADENCE: cadenceSetting.optional(),
  /** smtp://user:pass@host:port or smtps://…; unset: sign-in mails go to the console and DATA_DIR/outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Warm Rotterdam Werkt <noreply@warmrotterdamwerkt.example>'),
  /** Where replies to the service's mails go; unset: no Reply-To header. */
  MAIL_REPLY_TO: z.string().min(3).optional(),
  /** Signs unsubscribe links (at least 32 characters); unset: a key made once and kept in the database. */
  MAIL_LINK_SECRET: z.string().min(32).optional(),
  /** Run the scheduled jobs (daily digest, mail retries) inside this process: `on` (default) or `off`. */
  SCHEDULER: z.enum(['on', 'off']).default('on'),
  /** When the daily digest goes out, as a cron expression in Europe/Amsterdam time. Default 07:30. */
  DAILY_DIGEST_CRON: z.string().min(9).default('30 7 * * *'),
  /** When the data-retention job runs, as a cron expression in Europe/Amsterdam time. Default 03:15. */
  DATA_RETENTION_CRON: z.string().min(9).default('15 3 * * *'),
  /** Data of people without activity for this many months is anonymised (30 days' notice first). */
  RETENTION_MONTHS: z.coerce.number().int().min(6).max(120).default(24),
  /** The address people open the web app on; sign-in links point here. Default: http://HOST:PORT. */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** A web session ends after this many minutes without activity… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** …and at the latest this many hours after signing in. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  /** Sign-in links that may be asked for per e-mail address, and per client address, per 15 minutes. */
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(5),
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(30),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const emptyAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(emptyAsUnset);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
