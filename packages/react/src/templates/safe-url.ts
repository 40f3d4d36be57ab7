// The link allow-list lives in the core; the renderers check it again at render time (defence in depth).
import { isHttpUrl, isSafeUrl } from '@xo-chat/core';

export { isSafeUrl };

/** A URL an `<img>`, `<audio>` or `<video>` may load: allow-listed and fetched over http(s). */
export const isMediaUrl = isHttpUrl;
