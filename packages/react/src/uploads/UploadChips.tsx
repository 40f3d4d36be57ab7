import type { Message } from '@xo-chat/core';
import { useChatClient } from '../context';
import { useChatSelector } from '../hooks/useChatSelector';
import { format } from '../i18n/locales';
import type { UploadStrings } from '../i18n/types';
import { cx } from '../primitives/cx';
import { useUploadStrings } from './strings';

/** The user's files that are uploading, or failed before they were sent (the same array while nothing changes). */
function pendingUploads(messages: readonly Message[]): Message[] {
  return messages.filter((m) => m.from === 'user' && m.upload !== undefined && m.upload.status !== 'done');
}

function fileNameOf(message: Message): string {
  const part = message.parts.find((p) => p.type === 'attachment');
  return part?.type === 'attachment' && part.name ? part.name : 'file';
}

function failureText(message: Message, t: UploadStrings, name: string): string {
  switch (message.upload?.refused) {
    case 'type':
      return format(t.uploadRefusedType, { name });
    case 'too-large':
      return format(t.uploadRefusedSize, { name });
    case 'empty':
      return format(t.uploadRefusedEmpty, { name });
    default:
      return format(message.upload?.lost ? t.uploadLost : t.uploadFailed, { name });
  }
}

export interface UploadChipsProps {
  className?: string;
}

/**
 * A chip per file being sent: its name, a labelled progress bar, Cancel; a failed one says why (the limit, in the
 * core's words) with Try again (unless it was refused) and Remove. Uploaded files leave the list: their bubble
 * shows them.
 */
export function UploadChips({ className }: UploadChipsProps) {
  const client = useChatClient();
  const t = useUploadStrings();
  const uploads = useChatSelector((s) => pendingUploads(s.messages));
  if (uploads.length === 0) return null;
  return (
    <ul className={cx('xo-upload-chips', className)} aria-label={t.uploadsLabel}>
      {uploads.map((m) => {
        const name = fileNameOf(m);
        const upload = m.upload ?? { status: 'uploading', progress: 0 };
        const percent = Math.round(upload.progress * 100);
        const failed = upload.status === 'failed';
        return (
          <li key={m.id} className="xo-upload-chip" data-status={upload.status}>
            <span className="xo-upload-chip__name">{name}</span>
            {failed ? (
              <span className="xo-upload-chip__error" role="alert">
                {failureText(m, t, name)} {m.error && !upload.refused && !upload.lost ? <span className="xo-upload-chip__detail">{m.error}</span> : null}
                {upload.refused ? <span className="xo-upload-chip__detail">{upload.error}</span> : null}
              </span>
            ) : (
              // A native progress bar: role progressbar, its value read out, styled without inline styles (strict CSP).
              <progress
                className="xo-upload-chip__bar"
                max={100}
                value={percent}
                aria-label={format(t.uploadProgress, { name })}
                aria-valuetext={format(t.uploadPercent, { percent: String(percent) })}
              />
            )}
            {failed && !upload.refused && !upload.lost ? (
              <button type="button" className="xo-button xo-upload-chip__retry" onClick={() => client.retry(m.id)}>
                {format(t.retryUpload, { name })}
              </button>
            ) : null}
            <button
              type="button"
              className="xo-icon-button xo-upload-chip__cancel"
              aria-label={format(failed ? t.removeUpload : t.cancelUpload, { name })}
              onClick={() => client.cancelUpload(m.id)}
            >
              <svg className="xo-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
