import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { ReferenceData } from '../src/reference/reference-data';
import { seedDemoHistory } from './demo-history';
import { type DemoToken, databaseIsEmpty, formatDemoSummary, seedDemo } from './seed-demo';

const TOKEN_FILE = 'demo-tokens.txt';

export function formatDemoTokens(tokens: DemoToken[]): string {
  const width = Math.max(...tokens.map((t) => t.role.length));
  return tokens.map((t) => `  ${t.role.padEnd(width)}  ${t.token}  (${t.displayName})`).join('\n');
}

/**
 * `npm start` on an empty embedded database: seed the demo programme and print a token per role.
 * The tokens also go to DATA_DIR/demo-tokens.txt, readable only by the owner, so a later start can
 * point to them (the database keeps only their hashes).
 */
export async function seedDemoIfEmpty(
  orm: MikroORM,
  dataDir: string,
  reference: ReferenceData,
): Promise<void> {
  const em = orm.em.fork();
  const tokenFile = join(dataDir, TOKEN_FILE);
  if (!(await databaseIsEmpty(em))) {
    console.log(
      `Existing data kept; no demo data added. Demo tokens from the first start are in ${tokenFile}.`,
    );
    return;
  }
  const demo = await seedDemo(em, reference);
  // A year of the programme's history, so the reports show something from the first start.
  const history = await em.transactional((tx) => seedDemoHistory(tx));
  const listing = formatDemoTokens(demo.tokens);
  await writeFile(tokenFile, `Demo API tokens (valid for one year)\n${listing}\n`, { mode: 0o600 });
  console.log(
    `Demo data added: ${formatDemoSummary(demo)}; history: ${history.people} people over the past year, ${history.placements} jobs. Demo API tokens (also saved in ${tokenFile}):\n${listing}`,
  );
}
