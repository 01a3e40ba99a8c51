import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { jobDependenciesFromEnv, mailFromEnv } from '../entry/job-dependencies';
import { loadEnv } from '../env';
import { createLogger } from '../http/logger';
import { isJobName, jobNames, jobs } from '../modules/jobs/jobs';
import { runJobOnce } from '../modules/jobs/run-job';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { loadReferenceData } from '../reference/load-reference-data';

/**
 * `npm run job -- <name>`: runs one scheduled job now, for an external scheduler (cron, systemd
 * timer, Kubernetes CronJob). Safe next to running servers: a job runs once per period.
 */
const name = process.argv[2] ?? '';
if (!isJobName(name)) {
  console.error(
    `Usage: npm run job -- <name>\nJobs:\n${jobNames.map((n) => `  ${n}  ${jobs[n].descriptionNl}`).join('\n')}`,
  );
  process.exit(2);
}
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const orm = await openDatabase(databaseFromEnv(env));
try {
  await migrate(orm);
  const base = env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORT}`;
  const deps = {
    ...jobDependenciesFromEnv(env, orm, logger, mailFromEnv(env), () => base),
    // Loaded only when an agenda mail needs candidate codes.
    meetAndGreets: async () => {
      const reference = loadReferenceData({
        referenceDir: env.REFERENCE_DIR,
        assessmentsDir: env.ASSESSMENTS_DIR,
        checklistsDir: env.CHECKLISTS_DIR,
      });
      const keeper = new MatchingIndexKeeper({
        postcodes: reference.postcodes,
        competences: reference.catalogue.competences,
        weights: env.MATCH_WEIGHTS,
      });
      return { keeper, reference };
    },
  };
  const outcome = await runJobOnce(orm.em.fork(), jobs[name], deps, new Date());
  console.log(JSON.stringify({ job: name, ...outcome }));
  process.exitCode = outcome.status === 'FAILED' ? 1 : 0;
} finally {
  await orm.close(true);
}
