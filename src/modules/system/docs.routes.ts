import type { Hono } from 'hono';
import type { AppBindings } from '../../http/context';

export type StaticAsset = { body: Uint8Array | string; contentType: string };
/** Serves an asset of the API reference page by file name; the runtime entry decides where they live. */
export type DocsAssetSource = (fileName: string) => Promise<StaticAsset | null>;

/** The files under /docs/assets/ (a fixed list: nothing else is served from there). */
export const DOCS_ASSETS = [
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'favicon-32x32.png',
] as const;
const docsAssets = new Set<string>(DOCS_ASSETS);

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Warm Rotterdam Werkt API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <link rel="icon" href="/docs/assets/favicon-32x32.png">
</head>
<body>
  <div id="api-reference"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;

// A file rather than an inline script, so the page works under a CSP without 'unsafe-inline' scripts.
const initScript = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#api-reference',
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  persistAuthorization: true,
  validatorUrl: null,
});
`;

/** The interactive API reference, with every asset served by the service itself (works offline). */
export const docsRoutes = (router: Hono<AppBindings>, assets: DocsAssetSource) =>
  router
    .get('/docs', (c) => c.html(page))
    .get('/docs/init.js', (c) =>
      c.body(initScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    )
    .get('/docs/assets/:file', async (c) => {
      const fileName = c.req.param('file');
      const asset = docsAssets.has(fileName) ? await assets(fileName) : null;
      if (!asset) return c.notFound();
      return c.body(asset.body as never, 200, {
        'content-type': asset.contentType,
        'cache-control': 'public, max-age=86400',
      });
    });
