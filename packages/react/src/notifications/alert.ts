// The alerts of a window that turned them on: the title's count, the sound and the desktop notification. A lazy
// chunk: windows without alerts never load it.
import type { ChatClient, Message } from '@xo-chat/core';
const TITLE_PREFIX = /^\(\d+\) /;

/** The unread count in the page title, as `(2) Title`, kept up to date; returns what takes it out again. */
export function countInTitle(client: ChatClient): () => void {
  const show = (count: number) => {
    const base = document.title.replace(TITLE_PREFIX, '');
    document.title = count > 0 ? `(${count}) ${base}` : base;
  };
  show(client.store.getState().unread);
  const stop = client.store.subscribe((state, before) => {
    if (state.unread !== before.unread) show(state.unread);
  });
  return () => {
    stop();
    document.title = document.title.replace(TITLE_PREFIX, '');
  };
}

let chimeUrl: string | undefined;

/** A 0.18 s, 880 Hz chime as a WAV file: no asset to ship or host, and a `blob:` URL a strict CSP can allow. */
function builtInChime(): string {
  if (chimeUrl) return chimeUrl;
  const rate = 8000;
  const samples = Math.round(rate * 0.18);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    const fade = 1 - i / samples;
    bytes[44 + i] = 128 + Math.round(40 * fade * Math.sin((2 * Math.PI * 880 * i) / rate));
  }
  chimeUrl = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
  return chimeUrl;
}

export function playChime(url?: string): void {
  if (typeof Audio === 'undefined') return;
  try {
    // A browser that blocks autoplay (no gesture yet) rejects: a missed chime is not an error worth showing.
    void new Audio(url ?? builtInChime()).play().catch(() => {});
  } catch {
    // No audio here.
  }
}

export function showDesktopNotification(message: Message, botName: string, text: string, onClick: () => void): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const from = message.author?.name || botName;
  const notification = new Notification(from, { body: text.slice(0, 180), tag: 'xo-chat' });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
