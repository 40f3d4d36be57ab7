import type { AttachmentPart } from '@xo-chat/core';
import { NewTabHint } from './ChoiceButton';
import { isMediaUrl } from './safe-url';
import { format, useTemplateStrings } from './strings';

function fileName(part: AttachmentPart): string {
  if (part.name) return part.name;
  try {
    const last = new URL(part.url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : part.url;
  } catch {
    return part.url;
  }
}

/** An image, audio, video, file or link from the bot. URLs are checked again here; a refused one shows as text. */
export function Attachment({ part }: { part: AttachmentPart }) {
  const t = useTemplateStrings();
  const caption = part.text ?? part.name;
  if (part.blocked || !isMediaUrl(part.url)) {
    // The bot sent it with an address we refuse: say so, with its name, and never as a link.
    const kindName = part.kind === 'image' ? t.image : part.kind === 'audio' ? t.audio : part.kind === 'video' ? t.video : undefined;
    const name = part.name ?? part.text ?? kindName;
    return (
      <p className="xo-attachment xo-attachment--unavailable" data-kind={part.kind}>
        {name ? format(t.attachmentBlocked, { name }) : t.attachmentUnavailable}
      </p>
    );
  }
  const link = (label: string) => (
    <a href={part.url} target="_blank" rel="noopener noreferrer">
      {label}
      <NewTabHint />
    </a>
  );
  switch (part.kind) {
    case 'image':
      return (
        <figure className="xo-attachment xo-attachment--image">
          <img src={part.url} alt={part.text ?? part.name ?? t.image} loading="lazy" />
          {part.text && part.name ? <figcaption>{part.text}</figcaption> : null}
        </figure>
      );
    case 'audio':
    case 'video': {
      const Media = part.kind;
      const label = caption ?? (part.kind === 'audio' ? t.audio : t.video);
      return (
        <figure className={`xo-attachment xo-attachment--${part.kind}`}>
          <Media controls preload="metadata" src={part.url} aria-label={label}>
            {link(format(t.download, { name: fileName(part) }))}
          </Media>
          <figcaption>
            {caption ? `${caption} ` : null}
            {link(`(${format(t.download, { name: fileName(part) })})`)}
          </figcaption>
        </figure>
      );
    }
    case 'file':
      return (
        <p className="xo-attachment xo-attachment--file">
          {link(fileName(part))}
          {part.text && part.text !== part.name ? <span className="xo-attachment-note"> {part.text}</span> : null}
        </p>
      );
    default:
      return (
        <p className="xo-attachment xo-attachment--link">
          {link(part.name ?? part.text ?? part.url)}
          {part.text && part.name ? <span className="xo-attachment-note"> {part.text}</span> : null}
        </p>
      );
  }
}
