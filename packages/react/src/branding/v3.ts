// The newer (v3) window's branding JSON: a palette (`general.colors`), then `header`, `body` and
// `welcome_screen`. The platform serves it under `v3`, or as the whole document.
import { at, fields } from './collect';
import type { Collector } from './collect';

/** The v3 branding JSON in an `activetheme` answer, if it has one. */
export function v3Section(doc: unknown): unknown {
  const nested = fields(at(doc, 'v3'));
  if (nested) return nested;
  return ['general', 'header', 'body', 'welcome_screen'].some((key) => fields(at(doc, key))) ? doc : undefined;
}

export function readV3Theme(v3: unknown, c: Collector): void {
  const colors = (name: string) => at(v3, 'general', 'colors', name);
  c.color('general.colors.primary', colors('primary'), '--xo-color-accent', '--xo-color-focus', '--xo-bubble-user-bg');
  c.color('general.colors.secondary', colors('secondary'), '--xo-bubble-bot-bg');
  c.color('general.colors.primary_text', colors('primary_text'), '--xo-color-text', '--xo-bubble-bot-text');
  c.color('general.colors.secondary_text', colors('secondary_text'), '--xo-color-accent-text', '--xo-bubble-user-text');
  if (colors('useColorPaletteOnly') === true) {
    // The palette alone: the header takes the primary colour, as the bubbles and buttons do.
    c.color('general.colors.primary', colors('primary'), '--xo-header-bg');
    c.color('general.colors.secondary_text', colors('secondary_text'), '--xo-header-text');
  } else {
    c.color('header.bg_color', at(v3, 'header', 'bg_color'), '--xo-header-bg');
    c.color('header.title.color', at(v3, 'header', 'title', 'color'), '--xo-header-text');
    if (at(v3, 'body', 'background', 'type') !== 'image') c.color('body.background.color', at(v3, 'body', 'background', 'color'), '--xo-color-bg');
    c.color('body.bot_message.bg_color', at(v3, 'body', 'bot_message', 'bg_color'), '--xo-bubble-bot-bg');
    c.color('body.bot_message.color', at(v3, 'body', 'bot_message', 'color'), '--xo-bubble-bot-text');
    c.color('body.user_message.bg_color', at(v3, 'body', 'user_message', 'bg_color'), '--xo-bubble-user-bg');
    c.color('body.user_message.color', at(v3, 'body', 'user_message', 'color'), '--xo-bubble-user-text');
  }
  c.font('body.font.family', at(v3, 'body', 'font', 'family'));

  const { draft } = c;
  if (at(v3, 'header', 'icon', 'show') !== false) c.image('header.icon.icon_url', at(v3, 'header', 'icon', 'icon_url'), (url) => (draft.avatarUrl = url));
  // The bot's own icon is the picture beside its messages, so it wins over the header's.
  c.image('general.bot_icon', at(v3, 'general', 'bot_icon'), (url) => (draft.avatarUrl = url));
  c.text('header.title.name', at(v3, 'header', 'title', 'name'), (text) => (draft.title = text));
  c.text('header.sub_title.name', at(v3, 'header', 'sub_title', 'name'), (text) => (draft.subtitle = text));

  if (at(v3, 'welcome_screen', 'show') === false) return;
  const welcome = (name: string) => at(v3, 'welcome_screen', name, 'name');
  c.text('welcome_screen.title.name', welcome('title'), (text) => (draft.welcome.title = text));
  c.text('welcome_screen.sub_title.name', welcome('sub_title'), (text) => (draft.welcome.text = text));
  c.text('welcome_screen.note.name', welcome('note'), (text) => (draft.welcome.note = text));
}
