// The classic theme sections the platform's theme editor writes (`widgetHeader`, `botMessage`, `buttons`, ...).
import type { Collector, ColourRule } from './collect';

const COLOURS: readonly ColourRule[] = [
  ['widgetHeader.backgroundColor', '--xo-header-bg'],
  ['widgetHeader.fontColor', '--xo-header-text'],
  ['widgetBody.backgroundColor', '--xo-color-bg'],
  ['botMessage.bubbleColor', '--xo-bubble-bot-bg'],
  ['botMessage.fontColor', '--xo-bubble-bot-text'],
  ['userMessage.bubbleColor', '--xo-bubble-user-bg'],
  ['userMessage.fontColor', '--xo-bubble-user-text'],
  ['buttons.defaultButtonColor', '--xo-color-accent', '--xo-color-focus'],
  ['buttons.defaultFontColor', '--xo-color-accent-text'],
];

export function readClassicTheme(doc: unknown, c: Collector): void {
  c.colors(doc, COLOURS);
  c.font(doc, 'generalAttributes.fontStyle');
}
