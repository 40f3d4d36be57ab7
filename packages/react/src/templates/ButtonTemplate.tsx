import { Markdown } from '../markdown/Markdown';
import { ChoiceList } from './ChoiceButton';
import { firstText, readChoices } from './payload';
import type { TemplateRendererProps } from './types';

/** `button`: text, an optional sub-text, and postback or link buttons. */
export function ButtonTemplate({ part, actions }: TemplateRendererProps) {
  const text = firstText(part.payload, 'text', 'title') || part.fallbackText;
  const subText = firstText(part.payload, 'subText', 'subtitle');
  return (
    <div className="xo-tpl xo-tpl-button-template">
      {text ? <Markdown text={text} /> : null}
      {subText ? <Markdown text={subText} className="xo-md xo-tpl-subtext" /> : null}
      <ChoiceList choices={readChoices(part.payload.buttons)} actions={actions} label={text || undefined} />
    </div>
  );
}
