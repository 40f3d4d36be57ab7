// The bot's branding as the kit uses it, and the document the XO Platform serves it as.
import type { CSSProperties } from 'react';

/** The window's look from the bot's branding: each field is already checked (see `readBranding`). */
export interface Branding {
  /** `--xo-*` custom properties: colours and the font. */
  vars: Readonly<Record<`--xo-${string}`, string>>;
  /** The header's title and the line under it. */
  title?: string;
  subtitle?: string;
  /** The bot's picture (http(s) or `data:image/...`). */
  avatarUrl?: string;
  /** Shown above the transcript until the person's first message. */
  welcome?: BrandingWelcomeText;
}

export interface BrandingWelcomeText {
  title?: string;
  text?: string;
  /** A second, smaller line. */
  note?: string;
}

type Values = Readonly<Record<string, unknown>>;

/**
 * The document `GET /api/websdkthemes/{botId}/activetheme` answers, as Kore's SDKs read it: the classic sections
 * (`widgetHeader`, `botMessage`, ...) and the newer window's `v3` branding JSON, either under `v3` or at the top
 * level. Every field is optional and untrusted; `{activeTheme: false}` means the bot has no branding.
 */
export interface KoreBrandingDocument {
  activeTheme?: boolean;
  generalAttributes?: Values;
  botMessage?: Values;
  userMessage?: Values;
  widgetHeader?: Values;
  widgetFooter?: Values;
  widgetBody?: Values;
  buttons?: Values;
  v3?: Values;
  general?: Values;
  header?: Values;
  body?: Values;
  footer?: Values;
  welcome_screen?: Values;
  [field: string]: unknown;
}

/**
 * `ChatWindow`'s `branding` prop: `true` (the default) fetches the bot's branding from the platform, `false`
 * keeps the kit's own look, and a document applies that branding without a request.
 */
export type BrandingOption = boolean | KoreBrandingDocument;

/** What the window renders with: the app's own values first, the branding's after them. */
export interface BrandedProps {
  title?: string;
  subtitle?: string;
  avatarUrl?: string;
  style?: CSSProperties;
  welcome?: BrandingWelcomeText;
}
