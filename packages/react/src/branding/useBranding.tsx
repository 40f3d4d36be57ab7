// The one hook ChatWindow calls: the bot's branding (fetched, or passed in), checked, under what the app set.
import { useQuery } from '@tanstack/react-query';
import type { ChatClient } from '@xo-chat/core';
import { useEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { BrandingWelcome } from './BrandingWelcome';
import { brandingQuery } from './query';
import { useChatQueryClient } from './query-client';
import type { BrandingOption } from './types';
import { useBrandingReader } from './useBrandingReader';

export interface BrandingInput {
  branding?: BrandingOption | undefined;
  /** The app's own values: each wins over the branding's. */
  title?: string | undefined;
  avatarUrl?: string | undefined;
  style?: CSSProperties | undefined;
}

export interface BrandedWindow {
  title: string;
  subtitle?: string;
  avatarUrl?: string;
  /** The branding's `--xo-*` variables, then the app's own `style` over them. */
  style?: CSSProperties;
  /** The bot's welcome, for above the transcript. */
  welcome?: ReactNode;
}

/**
 * The window's title, picture, style and welcome from the bot's branding, with the app's props winning. While
 * the branding loads (the request, and the checks' lazy chunk, also for a document passed in), or when it fails
 * (a console warning says why), the window has the kit's default look.
 */
export function useBranding(client: ChatClient, input: BrandingInput): BrandedWindow {
  const option = input.branding ?? true;
  const given = typeof option === 'object' ? option : undefined;
  const query = useQuery({ ...brandingQuery(client), enabled: option === true }, useChatQueryClient());
  const doc: unknown = given ?? (option === true ? query.data : undefined);
  const read = useBrandingReader(option !== false);
  const reading = useMemo(() => (doc === undefined || !read ? null : read(doc)), [doc, read]);

  const botId = client.botInfo.taskBotId;
  const failure = option === true ? query.error : null;
  // What to warn about, as a key; the sentences themselves load with the warning (most windows never warn).
  let warning: string | null = null;
  if (failure) warning = JSON.stringify(['failed', failure instanceof Error ? failure.message : String(failure)]);
  else if (reading && reading.problems.length > 0) warning = JSON.stringify([reading.branding ? 'partly' : 'unusable', ...reading.problems]);
  // Each warning once per window: not again on a re-render with an equal document, nor on StrictMode's second run.
  const warned = useRef<string | null>(null);
  useEffect(() => {
    if (!warning || warned.current === warning) return;
    warned.current = warning;
    const [kind, ...details] = JSON.parse(warning) as string[];
    void import('./warn').then((text) =>
      console.warn(kind === 'failed' ? text.brandingFailedWarning(botId, new Error(details[0])) : text.brandingProblemsWarning(botId, details, kind === 'partly')),
    );
  }, [warning, botId]);

  const brand = reading?.branding;
  const out: BrandedWindow = { title: input.title ?? brand?.title ?? client.botInfo.chatBot };
  const avatarUrl = input.avatarUrl ?? brand?.avatarUrl;
  if (avatarUrl !== undefined) out.avatarUrl = avatarUrl;
  // The subtitle belongs to the branding's title: an app that names the window itself does not get it.
  if (brand?.subtitle !== undefined && input.title === undefined) out.subtitle = brand.subtitle;
  if (brand || input.style) out.style = { ...brand?.vars, ...input.style } as CSSProperties;
  if (brand?.welcome) out.welcome = <BrandingWelcome {...brand.welcome} />;
  return out;
}
