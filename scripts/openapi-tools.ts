// The two tools client authors run on /openapi.json: openapi-typescript (types for openapi-fetch)
// and Redocly's linter with its recommended rules (redocly.yaml). Used by `npm run openapi:types`
// and by the contract test, so both check the document the same way.
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** TypeScript types for the document. openapi-typescript throws when the document has errors. */
export async function generateTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { silent: true });
  return astToString(ast);
}

export type LintProblem = { ruleId: string; severity: 'error' | 'warn'; message: string; pointer: string };

type RedoclyReport = {
  problems: {
    ruleId: string;
    severity: 'error' | 'warn';
    message: string;
    location?: { pointer?: string }[];
  }[];
};

/**
 * Lints a document file with the Redocly CLI (it has no Node API of its own), offline: no
 * telemetry, no update check. Resolves with every problem; rejects only when the CLI fails to run.
 */
export async function lintWithRedocly(documentPath: string): Promise<LintProblem[]> {
  const cli = resolve(repoRoot, 'node_modules/.bin/redocly');
  const args = ['lint', documentPath, '--config', resolve(repoRoot, 'redocly.yaml'), '--format=json'];
  const env = {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    DO_NOT_TRACK: '1',
  };
  // With errors the CLI exits non-zero but still prints its report.
  const stdout = await promisify(execFile)(cli, args, { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 })
    .then((result) => result.stdout)
    .catch((error: { stdout?: string }) => {
      if (error.stdout?.trim().startsWith('{')) return error.stdout;
      throw error;
    });
  const report = JSON.parse(stdout) as RedoclyReport;
  return report.problems.map((problem) => ({
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    pointer: problem.location?.[0]?.pointer ?? '',
  }));
}
