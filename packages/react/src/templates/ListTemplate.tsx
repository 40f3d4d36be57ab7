import { useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { CardBody } from './Card';
import { ChoiceList } from './ChoiceButton';
import { firstText, readChoices, records } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

/** Items shown before the local "Show more"; the payload's own buttons (a "View more" postback) come after. */
export const LIST_PAGE = 10;

/** `list` and `listView`: items with an image, title, subtitle, default action and buttons. */
export function ListTemplate({ part, actions }: TemplateRendererProps) {
  const [shown, setShown] = useState(LIST_PAGE);
  const t = useTemplateStrings();
  const heading = firstText(part.payload, 'heading', 'title', 'text') || part.fallbackText;
  const elements = records(part.payload.elements);
  const hidden = elements.length - shown;
  return (
    <div className="xo-tpl xo-tpl-list">
      {heading ? <Markdown text={heading} /> : null}
      {elements.length > 0 ? (
        <ul className="xo-list-items" aria-label={heading || t.items}>
          {elements.slice(0, shown).map((element, i) => (
            <li key={i} className="xo-list-item">
              <CardBody element={element} actions={actions} />
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(shown + LIST_PAGE)}>
          {format(t.showMore, { count: hidden })}
        </button>
      ) : null}
      <ChoiceList choices={readChoices(part.payload.buttons)} actions={actions} />
    </div>
  );
}
