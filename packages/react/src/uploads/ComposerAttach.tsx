import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useChatClient } from '../context';
import { ComposerContext } from '../primitives/composer/context';
import { cx } from '../primitives/cx';
import { UploadChips } from './UploadChips';
import { useFileDrop } from './useFileDrop';
import { useUploadStrings } from './strings';

export interface ComposerAttachProps {
  /** What the file picker offers, as `<input accept>` takes it: `"image/*,.pdf"` or a list (default: any file). */
  accept?: string | readonly string[];
  /** Pick several files at once (default true). */
  multiple?: boolean;
  /** Where files may be dropped: `'window'` (the chat window around the composer, the default), an element, or null. */
  dropTarget?: 'window' | HTMLElement | null;
  /** Files pasted into the composer's input are sent (default true). */
  paste?: boolean;
  /** Show the chips of files being sent above the composer (default true; render `UploadChips` yourself otherwise). */
  chips?: boolean;
  /** The button's accessible name (default the `attachFile` string). */
  label?: string;
  className?: string;
}

function PaperclipIcon() {
  return (
    <svg className="xo-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M16.5 6.5l-7.8 7.8a1.8 1.8 0 0 0 2.5 2.5l7.8-7.8a3.5 3.5 0 0 0-5-5l-8 8a5.2 5.2 0 0 0 7.4 7.4l7.1-7.1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The attach button: a real button (Enter or Space opens the file picker, a screen reader names it), files dropped
 * on the window or pasted into the input, and the chips of files being sent. Each file goes to `client.sendFile`,
 * which shows it in the transcript at once and uploads it. Put it in the composer's attachment slot:
 * `<ChatWindow attachments={<ComposerAttach />} />` or `<Composer attachments={<ComposerAttach />} />`.
 */
export function ComposerAttach({ accept, multiple = true, dropTarget = 'window', paste = true, chips = true, label, className }: ComposerAttachProps) {
  const client = useChatClient();
  const composer = useContext(ComposerContext);
  const t = useUploadStrings();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const pickerRef = useRef<HTMLInputElement | null>(null);
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const [input, setInput] = useState<HTMLElement | null>(null);
  const inputRef = composer?.inputRef;

  useEffect(() => {
    const root = rootRef.current;
    setTarget(dropTarget === 'window' ? (root?.closest<HTMLElement>('.xo-window') ?? root?.closest<HTMLElement>('.xo-root') ?? null) : dropTarget);
    setInput(paste ? (inputRef?.current ?? null) : null);
  }, [dropTarget, paste, inputRef]);

  const disabled = composer?.disabled ?? false;
  const send = useCallback(
    (files: File[]) => {
      if (disabled) return;
      for (const file of files) client.sendFile(file);
    },
    [client, disabled],
  );
  useFileDrop(target, input, send);

  return (
    <div ref={rootRef} className={cx('xo-attach', className)}>
      {chips ? <UploadChips /> : null}
      <button
        type="button"
        className="xo-icon-button xo-attach__button"
        aria-label={label ?? t.attachFile}
        title={label ?? t.attachFile}
        disabled={disabled}
        onClick={() => pickerRef.current?.click()}
      >
        <PaperclipIcon />
      </button>
      <input
        ref={pickerRef}
        type="file"
        hidden
        tabIndex={-1}
        multiple={multiple}
        {...(accept === undefined ? {} : { accept: typeof accept === 'string' ? accept : accept.join(',') })}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared, so choosing the same file again is a change too.
          event.currentTarget.value = '';
          send(files);
        }}
      />
      <p className="xo-attach__drop" aria-hidden="true">
        {t.dropFiles}
      </p>
    </div>
  );
}
