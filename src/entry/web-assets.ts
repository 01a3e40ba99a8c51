import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebAssetSource } from '../web/web-context';
import type { WebAssetPath } from '../web/web-routes';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const ownAssets = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'assets');

/** Where each web asset lives: the NL Design System packages in node_modules (no CDN), and our own files. */
export const WEB_ASSET_FILES: Record<WebAssetPath, string> = {
  'nlds/utrecht-tokens.css': join(packageDir('@utrecht/design-tokens'), 'dist', 'index.css'),
  'nlds/utrecht-components.css': join(packageDir('@utrecht/component-library-css'), 'dist', 'index.css'),
  'nlds/rotterdam/index.css': join(
    packageDir('@nl-design-system-unstable/rotterdam-design-tokens'),
    'dist',
    'index.css',
  ),
  'nlds/rotterdam/design-tokens.css': join(
    packageDir('@nl-design-system-unstable/rotterdam-design-tokens'),
    'dist',
    'design-tokens.css',
  ),
  'web.css': join(ownAssets, 'web.css'),
  'print.css': join(ownAssets, 'print.css'),
  'web.js': join(ownAssets, 'web.js'),
};

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export const nodeWebAssets: WebAssetSource = async (path) => {
  const file = WEB_ASSET_FILES[path as WebAssetPath];
  if (!file) return null;
  const body = await readFile(file).catch(() => null);
  return body
    ? {
        body: new Uint8Array(body),
        contentType: contentTypes[path.slice(path.lastIndexOf('.'))] ?? 'text/plain',
      }
    : null;
};
