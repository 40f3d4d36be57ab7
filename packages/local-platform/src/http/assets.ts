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
};

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
