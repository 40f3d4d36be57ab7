import { useEffect } from 'react';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dropped on `target` (the chat window) or pasted into `input` go to `send`. While files are dragged over the
 * target it carries `data-dragging`, for the stylesheet's drop hint. Listeners are on the DOM, so the window's own
 * code carries nothing for it: only apps that render ComposerAttach do.
 */
export function useFileDrop(target: HTMLElement | null, input: HTMLElement | null, send: (files: File[]) => void): void {
  useEffect(() => {
    if (!target) return;
    let depth = 0;
    const set = (on: boolean) => (on ? target.setAttribute('data-dragging', '') : target.removeAttribute('data-dragging'));
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      set(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) set(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      set(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      send(files);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('dragenter', enter);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragenter', enter);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
      set(false);
    };
  }, [target, send]);

  useEffect(() => {
    if (!input) return;
    const paste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return; // text pastes as text
      event.preventDefault();
      send(files);
    };
    input.addEventListener('paste', paste);
    return () => input.removeEventListener('paste', paste);
  }, [input, send]);
}
