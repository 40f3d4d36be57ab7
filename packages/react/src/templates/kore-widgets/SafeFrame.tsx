import type { JsonValue } from '@xo-chat/core';
import { mediaUrl, useTemplateStrings } from './deps';

/**
 * Scripts and forms may run, but in an opaque origin: `allow-same-origin` is never given with `allow-scripts`
 * (together they let the page lift its own sandbox).
 */
export const FRAME_SANDBOX = 'allow-scripts allow-forms allow-popups';

/** A URL the frame may load: trimmed (Kore's samples carry stray spaces), allow-listed and http(s). */
export function frameUrl(value: JsonValue | undefined): string | undefined {
  return mediaUrl(typeof value === 'string' ? value.trim() : value);
}

/** A sandboxed, lazily loaded frame, or a sentence saying it cannot be shown when the URL is refused. */
export function SafeFrame({ url, title }: { url: string | undefined; title: string }) {
  const t = useTemplateStrings();
  if (!url) return <p className="xo-tpl-hint">{t.frameUnavailable}</p>;
  return (
    <iframe
      className="xo-tpl-frame"
      src={url}
      title={title || t.frameTitle}
      sandbox={FRAME_SANDBOX}
      loading="lazy"
      referrerPolicy="no-referrer"
    />
  );
}
