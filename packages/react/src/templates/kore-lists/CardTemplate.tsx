import { useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { firstText, koreChoice, koreChoices, record, records, text } from './kore';
import { ActionTitle, Actions, Icon } from './parts';

/**
 * `cardTemplate`: cards with a heading (icon, title, description), description rows and buttons. A
 * `type: 'postback'` card answers through its title with `default_action` (payload, and its title as the bubble).
 * Bot-supplied colours (`headerStyles`, `buttonStyles`) are not applied: the theme's contrast wins.
 */
export function CardTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const cards = records(part.payload.cards);
  const heading = firstText(part.payload, 'text', 'title', 'heading');
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
      <ul className="xo-list-items" aria-label={heading || t.items}>
        {cards.map((card, i) => {
          const head = record(card.cardHeading);
          const title = firstText(head, 'title');
          const action = text(card.type) === 'postback' ? koreChoice(card.default_action, title) : undefined;
          return (
            <li key={i} className="xo-kl-card">
              <div className="xo-kl-row">
                <Icon src={head?.icon} />
                <div className="xo-kl-main">
                  {/* The heading is the button; Kore posts the default action's own title as the bubble. */}
                  <ActionTitle choice={action} label={title} actions={actions} />
                  {firstText(head, 'description') ? <span className="xo-card-subtitle">{firstText(head, 'description')}</span> : null}
                </div>
              </div>
              {records(card.cardDescription).map((row, j) => (
                <div key={j} className="xo-kl-row">
                  <Icon src={row.icon} />
                  <span className="xo-kl-text">{firstText(row, 'title', 'description')}</span>
                </div>
              ))}
              <Actions choices={koreChoices(card.buttons)} actions={actions} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
