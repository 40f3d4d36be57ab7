import type { ConnectionStatus } from '@xo-chat/core';
import { useCallback, useMemo, useState } from 'react';
import { useChatClient } from '../context';
import { useChatSelector } from './useChatSelector';

/**
 * Why sending is not possible right now. While connecting, reconnecting or offline a message is still accepted:
 * the core's outbox holds it and sends it once the socket is open, so the person can keep typing and sending.
 * Only a connection that has `failed` (bad credentials, bot not found) or was `closed` (the client stopped)
 * cannot deliver anything, so then the composer is disabled.
 */
export type ComposerBlock = 'empty' | 'failed' | 'closed';

export interface ComposerOptions {
  /** Controlled value. */
  value?: string | undefined;
  /** Initial value when uncontrolled. */
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
  /** Called after a message was handed to the client, with its id. */
  onSend?: ((id: string, text: string) => void) | undefined;
}

export interface ComposerState {
  value: string;
  setValue(value: string): void;
  /** Sends the trimmed value and clears it. Returns the message id, or null when nothing could be sent. */
  submit(): string | null;
  canSend: boolean;
  /** The input cannot be used at all (the connection failed or was closed). */
  disabled: boolean;
  /** Why `canSend` is false, or null. */
  disabledReason: ComposerBlock | null;
}

export function connectionBlock(status: ConnectionStatus): 'failed' | 'closed' | null {
  return status === 'failed' || status === 'closed' ? status : null;
}

export function useComposer(options: ComposerOptions = {}): ComposerState {
  const client = useChatClient();
  const block = useChatSelector((s) => connectionBlock(s.connection.status));
  const [inner, setInner] = useState(options.defaultValue ?? '');
  const controlled = options.value !== undefined;
  const value = controlled ? (options.value as string) : inner;
  const { onValueChange, onSend } = options;

  const setValue = useCallback(
    (next: string) => {
      if (!controlled) setInner(next);
      onValueChange?.(next);
      // A live agent sees the user typing; the core sends nothing while only the bot is there.
      client.setUserTyping(next.trim() !== '');
    },
    [client, controlled, onValueChange],
  );

  const text = value.trim();
  const disabledReason: ComposerBlock | null = block ?? (text === '' ? 'empty' : null);
  const canSend = disabledReason === null;

  const submit = useCallback((): string | null => {
    if (!canSend) return null;
    const id = client.send(text);
    setValue('');
    onSend?.(id, text);
    return id;
  }, [canSend, client, text, setValue, onSend]);

  const disabled = block !== null;
  // One object per change of what it holds, so a memoized child or an effect that takes it does not rerun each render.
  return useMemo(() => ({ value, setValue, submit, canSend, disabled, disabledReason }), [value, setValue, submit, canSend, disabled, disabledReason]);
}
