import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostcodeDirectory } from './postcodes';

// Node-only counterpart of postcodes.ts; a worker bundles the JSON and calls PostcodeDirectory.fromJson.

/** Location of the PC4 table relative to the reference directory. */
export const PC4_REFERENCE_PATH = join('geo', 'pc4.v1.json');

export function loadPostcodeDirectory(referenceDir: string): PostcodeDirectory {
  const path = join(referenceDir, PC4_REFERENCE_PATH);
  const text = readFileSync(path, 'utf8');
  try {
    return PostcodeDirectory.fromJson(JSON.parse(text));
  } catch (error) {
    throw new Error(`Invalid postcode reference file ${path}; rebuild it with scripts/build-postcodes.ts`, {
      cause: error,
    });
  }
}
