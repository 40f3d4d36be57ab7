// The classic theme sections the platform's theme editor writes (`widgetHeader`, `botMessage`, `buttons`, ...).
import { at } from './collect';
import type { Collector } from './collect';

export function readClassicTheme(doc: unknown, c: Collector): void {
  const value = (section: string, name: string) => at(doc, section, name);
  c.color('widgetHeader.backgroundColor', value('widgetHeader', 'backgroundColor'), '--xo-header-bg');
  c.color('widgetHeader.fontColor', value('widgetHeader', 'fontColor'), '--xo-header-text');
  c.color('widgetBody.backgroundColor', value('widgetBody', 'backgroundColor'), '--xo-color-bg');
  c.color('botMessage.bubbleColor', value('botMessage', 'bubbleColor'), '--xo-bubble-bot-bg');
  c.color('botMessage.fontColor', value('botMessage', 'fontColor'), '--xo-bubble-bot-text');
  c.color('userMessage.bubbleColor', value('userMessage', 'bubbleColor'), '--xo-bubble-user-bg');
  c.color('userMessage.fontColor', value('userMessage', 'fontColor'), '--xo-bubble-user-text');
  c.color('buttons.defaultButtonColor', value('buttons', 'defaultButtonColor'), '--xo-color-accent');
  c.color('buttons.defaultFontColor', value('buttons', 'defaultFontColor'), '--xo-color-accent-text');
  c.font('generalAttributes.fontStyle', value('generalAttributes', 'fontStyle'));
}
