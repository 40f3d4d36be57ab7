import type { PlatformContext } from '../context.js';
import type { ApiReply, ApiRequest, Route } from './types.js';
import { BOT_ICON_SVG, SAMPLE_SVG, samplePdf, samplePng, sampleWav } from './sample-media.js';
import { sampleWebm } from './sample-video.js';

interface Asset {
  contentType: string;
  make: () => Buffer;
}

/** Sample media the demo bot links to, served by the platform itself. */
export const ASSETS: Record<string, Asset> = {
  'sample.png': { contentType: 'image/png', make: () => samplePng() },
  'sample.svg': { contentType: 'image/svg+xml', make: () => Buffer.from(SAMPLE_SVG) },
  'bot-icon.svg': { contentType: 'image/svg+xml', make: () => Buffer.from(BOT_ICON_SVG) },
  'sample.wav': { contentType: 'audio/wav', make: () => sampleWav() },
  'sample.webm': { contentType: 'video/webm', make: sampleWebm },
  'sample.pdf': { contentType: 'application/pdf', make: samplePdf },
  // The page the demo bot's iframe and inline-form templates embed: a plain form, no script.
  'sample-form.html': { contentType: 'text/html; charset=utf-8', make: () => Buffer.from(SAMPLE_FORM_HTML) },
};

const SAMPLE_FORM_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Traveller details</title></head>
<body style="font-family: system-ui, sans-serif; margin: 1rem">
<h1 style="font-size: 1.1rem">Traveller details</h1>
<form action="#" method="get">
<p><label>Full name <input name="name" autocomplete="name"></label></p>
<p><label>Passport number <input name="passport"></label></p>
<p><button type="submit">Save</button></p>
</form>
</body>
</html>
`;

const cache = new Map<string, Buffer>();

function serve(name: string, asset: Asset) {
  return (_ctx: PlatformContext, _req: ApiRequest): ApiReply => {
    let bytes = cache.get(name);
    if (!bytes) cache.set(name, (bytes = asset.make()));
    return { status: 200, bytes, contentType: asset.contentType, cacheSeconds: 3600 };
  };
}

export const assetRoutes: Route[] = Object.entries(ASSETS).map(([name, asset]) => ({
  method: 'GET',
  path: `/assets/${name}`,
  handler: serve(name, asset),
}));
