import type { Message } from '@xo-chat/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChatComposer as Composer } from '../primitives/composer/ChatComposer';
import { ComposerAttachments } from '../primitives/composer/ComposerAttachments';
import { ComposerInput } from '../primitives/composer/ComposerInput';
import { ComposerRoot } from '../primitives/composer/ComposerRoot';
import { renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';
import { createFakeRecognizer, createFakeSynthesizer } from './fakes';
import type { FakeRecognizer } from './fakes';
import { SpeechInput } from './SpeechInput';
import { SpeechOutputToggle } from './SpeechOutput';
import { speakableText } from './text';
import { createWebSpeechRecognizer, createWebSpeechSynthesizer } from './web-speech';

function renderInput(recognizer: FakeRecognizer, finalResult?: 'edit' | 'send') {
  const client = createFakeChatClient();
  renderWithClient(
    <ComposerRoot>
      <ComposerAttachments>
        <SpeechInput recognizer={recognizer} {...(finalResult ? { finalResult } : {})} />
      </ComposerAttachments>
      <ComposerInput />
    </ComposerRoot>,
    client,
  );
  return { client, input: screen.getByRole('textbox') };
}

const bot = (id: string, text: string, extra: Partial<Message> = {}): Message => ({ id, from: 'bot', createdAt: Date.now(), parts: [{ type: 'text', text }], ...extra });

describe('SpeechInput', () => {
  it('is not there where the recognizer is unavailable', () => {
    renderInput(createFakeRecognizer({ available: false }));
    expect(screen.queryByRole('button', { name: 'Speak a message' })).toBeNull();
  });

  it('listens visibly, fills the input with interim words after the draft, and leaves the final result to edit', async () => {
    const recognizer = createFakeRecognizer();
    const { client, input } = renderInput(recognizer);
    await userEvent.type(input, 'Hi');
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    const stop = screen.getByRole('button', { name: 'Stop listening' });
    expect(stop).toHaveAttribute('aria-pressed', 'true');
    expect(stop).toHaveAttribute('data-state', 'listening');
    expect(screen.getByRole('status')).toHaveTextContent('Listening… press Escape to stop.');
    expect(recognizer.sessions[0]?.lang).toBe('en');
    act(() => recognizer.interim('two seats'));
    expect(input).toHaveValue('Hi two seats');
    expect(stop).toHaveAttribute('data-state', 'interim');
    act(() => recognizer.interim('two seats to Lisbon'));
    expect(input).toHaveValue('Hi two seats to Lisbon');
    act(() => {
      recognizer.final('two seats to Lisbon please');
      recognizer.end();
    });
    expect(input).toHaveValue('Hi two seats to Lisbon please');
    expect(client.sent).toEqual([]);
    expect(screen.getByRole('button', { name: 'Speak a message' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(input).toHaveFocus();
  });

  it('sends the final result when asked to', async () => {
    const recognizer = createFakeRecognizer();
    const { client, input } = renderInput(recognizer, 'send');
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    act(() => {
      recognizer.final('book a hotel');
      recognizer.end();
    });
    await waitFor(() => expect(client.sent).toEqual([{ text: 'book a hotel' }]));
    expect(input).toHaveValue('');
  });

  it('sends a final result that the last interim already put in the input, once', async () => {
    const recognizer = createFakeRecognizer();
    const { client, input } = renderInput(recognizer, 'send');
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    act(() => recognizer.interim('book a hotel'));
    act(() => {
      recognizer.final('book a hotel');
      recognizer.end();
    });
    await waitFor(() => expect(client.sent).toEqual([{ text: 'book a hotel' }]));
    expect(input).toHaveValue('');
  });

  it('stops on Escape and keeps the window open', async () => {
    const recognizer = createFakeRecognizer();
    const client = createFakeChatClient();
    renderWithClient(<ChatWindow client={client} mode="floating" defaultOpen persistKey={null} speech={{ recognizer, synthesizer: null }} />, client);
    const mic = await screen.findByRole('button', { name: 'Speak a message' });
    await userEvent.click(mic);
    act(() => recognizer.interim('hello'));
    await userEvent.keyboard('{Escape}');
    expect(recognizer.sessions[0]?.aborted).toBe(true);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Speak a message' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox')).toHaveValue('hello');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    ['not-allowed', 'The microphone is not allowed. Allow it for this site to speak a message.'],
    ['no-speech', 'No speech was heard. Try again.'],
    ['no-microphone', 'No microphone was found.'],
    ['failed', 'Voice input failed: service unavailable'],
  ] as const)('says what went wrong: %s', async (code, text) => {
    const recognizer = createFakeRecognizer();
    renderInput(recognizer);
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    act(() => recognizer.error(code, 'service unavailable'));
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: 'Speak a message' })).toHaveAttribute('data-state', 'error');
  });

  it('shows a recognizer that throws as an error, and can be tried again', async () => {
    const recognizer = createFakeRecognizer();
    recognizer.failNextStart = new Error('no cloud credentials');
    renderInput(recognizer);
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    expect(screen.getByRole('status')).toHaveTextContent('Voice input failed: no cloud credentials');
    await userEvent.click(screen.getByRole('button', { name: 'Speak a message' }));
    expect(recognizer.listening).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Listening');
  });

  it('speaks the window\'s language', async () => {
    const recognizer = createFakeRecognizer();
    const client = createFakeChatClient();
    renderWithClient(<ChatWindow client={client} mode="inline" locale="fr" speech={{ recognizer, synthesizer: null }} />, client);
    await userEvent.click(await screen.findByRole('button', { name: 'Dicter un message' }));
    expect(recognizer.sessions[0]?.lang).toBe('fr');
  });
});

describe('SpeechOutputToggle', () => {
  it('reads new live answers as text while on, and stops when the person types, turns it off or leaves', async () => {
    const synthesizer = createFakeSynthesizer();
    const client = createFakeChatClient();
    const { unmount } = renderWithClient(
      <div className="xo-window">
        <SpeechOutputToggle synthesizer={synthesizer} />
        <Composer />
      </div>,
      client,
    );
    const toggle = screen.getByRole('button', { name: 'Read answers aloud' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    act(() => client.receive(bot('b1', 'not read: it is off')));
    expect(synthesizer.spoken).toEqual([]);

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    act(() => client.receive(bot('b2', '*Flight XO 417* leaves at _9:40_')));
    act(() => client.receive(bot('b3', 'old', { fromHistory: true })));
    act(() => client.receive({ id: 'u1', from: 'user', createdAt: 0, parts: [{ type: 'text', text: 'mine' }] }));
    expect(synthesizer.spoken).toEqual([{ text: 'Flight XO 417 leaves at 9:40', lang: 'en' }]);

    const cancels = synthesizer.cancels;
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'x' } });
    expect(synthesizer.cancels).toBe(cancels + 1);

    await userEvent.click(toggle);
    expect(synthesizer.cancels).toBe(cancels + 2);
    act(() => client.receive(bot('b4', 'not read: off again')));
    expect(synthesizer.spoken).toHaveLength(1);

    await userEvent.click(toggle);
    unmount();
    expect(synthesizer.cancels).toBe(cancels + 3);
  });

  it('is not there without a synthesizer, and ChatWindow without `speech` has neither control', async () => {
    const client = createFakeChatClient();
    renderWithClient(<SpeechOutputToggle synthesizer={createFakeSynthesizer({ available: false })} />, client);
    expect(screen.queryByRole('button', { name: 'Read answers aloud' })).toBeNull();
  });

  it('ChatWindow: closing the window stops reading', async () => {
    const synthesizer = createFakeSynthesizer();
    const client = createFakeChatClient();
    renderWithClient(<ChatWindow client={client} mode="floating" defaultOpen persistKey={null} speech={{ recognizer: null, synthesizer }} />, client);
    await userEvent.click(await screen.findByRole('button', { name: 'Read answers aloud' }));
    act(() => client.receive(bot('b1', 'Hello')));
    expect(synthesizer.queue).toHaveLength(1);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close chat' }));
    expect(synthesizer.queue).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Speak a message' })).toBeNull();
  });
});

describe('ChatWindow without speech', () => {
  it('has no speech controls', () => {
    const client = createFakeChatClient();
    renderWithClient(<ChatWindow client={client} mode="inline" />, client);
    expect(screen.queryByRole('button', { name: 'Speak a message' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Read answers aloud' })).toBeNull();
  });
});

describe('speakableText', () => {
  it('reads markdown as words, templates by their text, files by name', () => {
    const m: Message = {
      id: 'm',
      from: 'bot',
      createdAt: 0,
      parts: [
        { type: 'text', text: '# Your trip\n* *Lisbon* [docs](https://example.com)\n* Kyoto' },
        { type: 'template', templateType: 'carousel', payload: {}, fallbackText: 'Mountain trip' },
        { type: 'attachment', kind: 'file', url: 'https://example.com/a.pdf', name: 'ticket.pdf' },
      ],
    };
    expect(speakableText(m)).toBe('Your trip. Lisbon docs. Kyoto. Mountain trip. ticket.pdf');
  });
});

describe('Web Speech defaults', () => {
  it('maps the browser recognizer\'s results and errors', () => {
    const made: Array<Record<string, unknown>> = [];
    class FakeRecognition {
      lang = '';
      interimResults = false;
      continuous = true;
      maxAlternatives = 0;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      started = false;
      constructor() {
        made.push(this as unknown as Record<string, unknown>);
      }
      start() {
        this.started = true;
      }
      stop() {}
      abort() {}
    }
    expect(createWebSpeechRecognizer({}).isAvailable()).toBe(false);
    expect(() => createWebSpeechRecognizer({}).start({ lang: 'en' }, { onInterim() {}, onFinal() {}, onError() {}, onEnd() {} })).toThrow(/no speech recognition/);
    const recognizer = createWebSpeechRecognizer({ webkitSpeechRecognition: FakeRecognition });
    expect(recognizer.isAvailable()).toBe(true);
    const got: string[] = [];
    recognizer.start({ lang: 'de' }, { onInterim: (t) => got.push(`interim ${t}`), onFinal: (t) => got.push(`final ${t}`), onError: (e) => got.push(`error ${e.code}`), onEnd: () => got.push('end') });
    const r = made[0] as unknown as FakeRecognition;
    expect([r.lang, r.interimResults, r.continuous, r.started]).toEqual(['de', true, false, true]);
    const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
    r.onresult?.({ results: [result('zwei ', false)] });
    r.onresult?.({ results: [result('zwei Plätze', true)] });
    r.onerror?.({ error: 'not-allowed' });
    r.onerror?.({ error: 'something-new' });
    r.onend?.();
    expect(got).toEqual(['interim zwei', 'final zwei Plätze', 'error not-allowed', 'error failed', 'end']);
  });

  it('speaks through speechSynthesis in the given language', () => {
    const spoken: Array<{ text: string; lang: string }> = [];
    let cancelled = 0;
    class Utterance {
      lang = '';
      constructor(public text: string) {}
    }
    const synth = createWebSpeechSynthesizer({ speechSynthesis: { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => (cancelled += 1) }, SpeechSynthesisUtterance: Utterance });
    expect(synth.isAvailable()).toBe(true);
    synth.speak('Bonjour', 'fr');
    synth.cancel();
    expect(spoken).toEqual([{ text: 'Bonjour', lang: 'fr' }]);
    expect(cancelled).toBe(1);
    expect(createWebSpeechSynthesizer({}).isAvailable()).toBe(false);
  });
});
