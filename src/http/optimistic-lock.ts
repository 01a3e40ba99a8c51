import { AppError, ProblemCode } from './problem';

/**
 * A change names the version it was based on. A stale version means someone else changed the
 * record in the meantime: answer 409 instead of silently overwriting their work. (A race between
 * this check and the write is caught by the ORM's version column and mapped to the same 409.)
 */
export function assertVersion(entity: { version: number }, expected: number): void {
  if (entity.version !== expected) {
    throw new AppError(
      ProblemCode.VersionConflict,
      `This record was changed by someone else (version ${entity.version}, you sent ${expected}). Reload and try again.`,
      undefined,
      { currentVersion: entity.version },
    );
  }
}
