import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DOCS_ASSETS, type DocsAssetSource } from '../modules/system/docs.routes';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** The API reference assets and where they are installed (the worker build copies the same files). */
export const DOCS_ASSET_FILES: Record<string, string> = Object.fromEntries(
  DOCS_ASSETS.map((fileName) => [fileName, join(swaggerUiDir, fileName)]),
);

/** The API reference assets come from the installed swagger-ui-dist package: no CDN, works offline. */
export const nodeDocsAssets: DocsAssetSource = async (fileName) => {
  const extension = fileName.slice(fileName.lastIndexOf('.'));
  const body = await readFile(join(swaggerUiDir, fileName)).catch(() => null);
  return body
    ? { body: new Uint8Array(body), contentType: contentTypes[extension] ?? 'application/octet-stream' }
    : null;
};
