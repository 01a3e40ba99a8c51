import type { DocsAssetSource } from '../modules/system/docs.routes';
import type { WebAssetSource } from '../web/web-context';

/**
 * The /docs and web app assets on Workers: the same files (copied by `npm run worker:assets` into
 * dist/worker-assets at their URL paths) read through the ASSETS binding, so the app's own routes
 * still decide what is served and with which headers, as on Node.
 */
const fromAssets = (assets: AssetsBinding, prefix: string) => async (path: string) => {
  const response = await assets.fetch(new Request(`https://assets.local/${prefix}/${path}`));
  if (!response.ok) {
    await response.body?.cancel();
    return null;
  }
  return {
    body: new Uint8Array(await response.arrayBuffer()),
    contentType: contentType(path),
  };
};

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};
const contentType = (path: string) =>
  contentTypes[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

export const workerDocsAssets = (assets: AssetsBinding): DocsAssetSource => fromAssets(assets, 'docs/assets');
export const workerWebAssets = (assets: AssetsBinding): WebAssetSource => fromAssets(assets, 'web/assets');
