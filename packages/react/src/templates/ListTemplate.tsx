import type { JsonObject } from '@xo-chat/core';
import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { CardBody } from './Card';
import { ChoiceList } from './ChoiceButton';
import { firstText, readChoices, record, records, text } from './payload';
import type { TemplateActions, TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

/** Items shown before the local "Show more"; the payload's own buttons (a "View more" postback) come after. */
export const LIST_PAGE = 10;

function Items({ elements, label, actions }: { elements: readonly JsonObject[]; label: string; actions: TemplateActions }) {
  const [shown, setShown] = useState(LIST_PAGE);
  const t = useTemplateStrings();
  if (elements.length === 0) return null;
  const hidden = elements.length - shown;
  return (
    <>
      <ul className="xo-list-items" aria-label={label}>
        {elements.slice(0, shown).map((element, i) => (
          <li key={i} className="xo-list-item">
            <CardBody element={element} actions={actions} showValue />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(shown + LIST_PAGE)}>
          {format(t.showMore, { count: hidden })}
        </button>
      ) : null}
    </>
  );
}

/**
 * `listView` with `seeMore`: the first `moreCount` items, and the first button opens the rest: the `moreData` tabs
 * (each a titled group of items) when the bot sent them, else the remaining items.
 */
function SeeMore({ p, elements, actions, label }: { p: JsonObject; elements: JsonObject[]; actions: TemplateActions; label: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const count = Math.max(0, Math.floor(Number(text(p.moreCount)) || 0));
  const more = record(p.moreData);
  const tabs = more ? Object.keys(more).slice(0, 20).flatMap((name) => {
    const items = records(more[name]);
    return items.length > 0 ? [{ name, items }] : [];
  }) : [];
  const rest = elements.slice(count);
  const toggle = firstText(record(records(p.buttons)[0]), 'title');
  const hasMore = tabs.length > 0 || rest.length > 0;
  return (
    <>
      <Items elements={elements.slice(0, count)} label={label} actions={actions} />
      {hasMore && toggle ? (
        <button type="button" className="xo-tpl-button xo-tpl-more" aria-expanded={open} aria-controls={`${id}-more`} onClick={() => setOpen(!open)}>
          {toggle}
        </button>
      ) : null}
      <div id={`${id}-more`} hidden={!open && Boolean(toggle)} className="xo-list-more">
        {tabs.length > 0
          ? tabs.map((tab) => (
              <section key={tab.name} className="xo-list-tab" aria-label={tab.name}>
                <p className="xo-tpl-caption">{tab.name}</p>
                <Items elements={tab.items} label={tab.name} actions={actions} />
              </section>
            ))
          : <Items elements={rest} label={label} actions={actions} />}
      </div>
    </>
  );
}

/** `list` and `listView`: items with an image, title, subtitle, value, default action and buttons. */
export function ListTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'heading', 'title') || firstText(p, 'text') || part.fallbackText;
  // listView carries both a heading and a text: show both.
  const body = firstText(p, 'text');
  const elements = records(p.elements);
  const label = heading || t.items;
  const seeMore = part.templateType === 'listView' && p.seeMore === true && Number(text(p.moreCount)) > 0;
  return (
    <div className="xo-tpl xo-tpl-list">
      {heading ? <Markdown text={heading} /> : null}
      {body && body !== heading ? <Markdown text={body} /> : null}
      {seeMore ? (
        <SeeMore p={p} elements={elements} actions={actions} label={label} />
      ) : (
        <>
          <Items elements={elements} label={label} actions={actions} />
          <ChoiceList choices={readChoices(p.buttons)} actions={actions} />
        </>
      )}
    </div>
  );
}
