// The newer (v3) window's branding JSON: a palette (`general.colors`), then `header`, `body` and
// `welcome_screen`. The platform serves it under `v3`, or as the whole document.
import { at, fields } from './collect';
import type { Collector, ColourRule } from './collect';

const PALETTE: readonly ColourRule[] = [
  ['general.colors.primary', '--xo-color-accent', '--xo-color-focus', '--xo-bubble-user-bg'],
  ['general.colors.secondary', '--xo-bubble-bot-bg'],
  ['general.colors.primary_text', '--xo-color-text', '--xo-bubble-bot-text'],
  ['general.colors.secondary_text', '--xo-color-accent-text', '--xo-bubble-user-text'],
];
// The palette alone (`useColorPaletteOnly`): the header takes the primary colour, as the bubbles and buttons do.
const PALETTE_HEADER: readonly ColourRule[] = [
  ['general.colors.primary', '--xo-header-bg'],
  ['general.colors.secondary_text', '--xo-header-text'],
];
const SECTIONS: readonly ColourRule[] = [
  ['header.bg_color', '--xo-header-bg'],
  ['header.title.color', '--xo-header-text'],
  ['body.bot_message.bg_color', '--xo-bubble-bot-bg'],
  ['body.bot_message.color', '--xo-bubble-bot-text'],
  ['body.user_message.bg_color', '--xo-bubble-user-bg'],
  ['body.user_message.color', '--xo-bubble-user-text'],
];

/** The v3 branding JSON in an `activetheme` answer, if it has one. */
export function v3Section(doc: unknown): unknown {
  const nested = fields(at(doc, 'v3'));
  if (nested) return nested;
  return ['general', 'header', 'body', 'welcome_screen'].some((key) => fields(at(doc, key))) ? doc : undefined;
}

export function readV3Theme(v3: unknown, c: Collector): void {
  const { draft } = c;
  c.colors(v3, PALETTE);
  if (at(v3, 'general', 'colors', 'useColorPaletteOnly') === true) c.colors(v3, PALETTE_HEADER);
  else {
    c.colors(v3, SECTIONS);
    // An image background is not taken (a URL in CSS); its colour then is not the one shown either.
    if (at(v3, 'body', 'background', 'type') !== 'image') c.colors(v3, [['body.background.color', '--xo-color-bg']]);
  }
  c.font(v3, 'body.font.family');

  if (at(v3, 'header', 'icon', 'show') !== false) c.image(v3, 'header.icon.icon_url', (url) => (draft.avatarUrl = url));
  // The bot's own icon is the picture beside its messages, so it wins over the header's.
  c.image(v3, 'general.bot_icon', (url) => (draft.avatarUrl = url));
  c.text(v3, 'header.title.name', (text) => (draft.title = text));
  c.text(v3, 'header.sub_title.name', (text) => (draft.subtitle = text));
  if (at(v3, 'welcome_screen', 'show') === false) return;
  c.text(v3, 'welcome_screen.title.name', (text) => (draft.welcome.title = text));
  c.text(v3, 'welcome_screen.sub_title.name', (text) => (draft.welcome.text = text));
  c.text(v3, 'welcome_screen.note.name', (text) => (draft.welcome.note = text));
}
