import { useChatI18n } from '../i18n';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { ChoiceButton, NewTabHint } from './ChoiceButton';
import { firstText, list, mediaUrl, record, records, text } from './payload';
import { readQuickReplies } from './QuickReplies';
import { isSafeUrl } from './safe-url';
import { format, useTemplateStrings } from './strings';

/**
 * What lazily loaded renderers borrow from the kit, handed to them when their chunk loads. A lazy chunk that
 * imported these modules itself would make the bundler split them into a shared chunk, and the cross-chunk
 * bindings cost the up-front bundle more than the renderers save (measured: about 0.8 KB gzip).
 */
export const templateKit = {
  Markdown,
  ChoiceButton,
  NewTabHint,
  useTemplateStrings,
  format,
  useAnswered,
  isSafeUrl,
  mediaUrl,
  text,
  firstText,
  list,
  record,
  records,
  useChatI18n,
  readQuickReplies,
};

export type TemplateKit = typeof templateKit;
