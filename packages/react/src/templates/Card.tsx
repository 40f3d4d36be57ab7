import type { JsonObject } from '@xo-chat/core';
import { Markdown } from '../markdown/Markdown';
import { ChoiceButton, ChoiceList, NewTabHint } from './ChoiceButton';
import { firstText, mediaUrl, readChoice, readChoices, text } from './payload';
import type { TemplateActions } from './types';

/** The parts of a carousel card or list item that every such template shares. */
export function readCard(element: JsonObject) {
  const title = firstText(element, 'title', 'heading');
  // Kore sends a row's `default_action` as `payload || title || value`: a postback with only a title works.
  const action = readChoice(element.default_action, { titleFirst: true });
  return {
    title,
    subtitle: firstText(element, 'subtitle', 'description', 'text'),
    imageUrl: mediaUrl(element.image_url ?? element.imageUrl),
    // The default action takes the card's title as its label.
    action: action && action.kind !== 'inert' ? { ...action, title: title || action.title } : undefined,
    buttons: readChoices(element.buttons),
  };
}

/** A card's title: a link or button when the card has a default action, else plain text. */
function CardTitle({ title, action, actions }: Pick<ReturnType<typeof readCard>, 'title' | 'action'> & { actions: TemplateActions }) {
  if (action?.kind === 'link') {
    return (
      <a className="xo-card-title" href={action.url} target="_blank" rel="noopener noreferrer">
        {action.title}
        <NewTabHint />
      </a>
    );
  }
  if (action) return <ChoiceButton choice={action} actions={actions} className="xo-card-title" />;
  return title ? <span className="xo-card-title">{title}</span> : null;
}

/** `showValue`: a list row's `value` (a price, a status) beside its text, as Kore's listView shows it. */
export function CardBody({ element, actions, showValue = false }: { element: JsonObject; actions: TemplateActions; showValue?: boolean }) {
  const card = readCard(element);
  const value = showValue ? text(element.value) : '';
  return (
    <>
      {card.imageUrl ? <img className="xo-card-image" src={card.imageUrl} alt="" loading="lazy" /> : null}
      <div className="xo-card-text">
        <CardTitle title={card.title} action={card.action} actions={actions} />
        {card.subtitle ? <Markdown text={card.subtitle} inline className="xo-md xo-card-subtitle" /> : null}
      </div>
      {value ? <Markdown text={value} inline className="xo-md xo-list-value" /> : null}
      <ChoiceList choices={card.buttons} actions={actions} limit={3} />
    </>
  );
}
