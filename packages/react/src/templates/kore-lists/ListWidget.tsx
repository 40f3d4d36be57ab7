import { Markdown } from './deps';
import { ChoiceButton } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateActions, TemplateRendererProps } from '../types';
import { count, firstText, imageSrc, koreChoice, koreChoices, record, records, text } from './kore';
import type { JsonObject, JsonValue } from './kore';
import { Icon, LimitedActions, Menu } from './parts';

/** `{type: 'text' | 'button' | 'url' | 'menu' | 'image', ...}`: a header option or an element's value. */
function Extra({ value, actions }: { value: JsonValue | undefined; actions: TemplateActions }) {
  const t = useTemplateStrings();
  const obj = record(value);
  if (!obj) return null;
  const type = text(obj.type);
  if (type === 'text') return <span className="xo-kl-value">{firstText(obj, 'text')}</span>;
  if (type === 'image') return <Icon src={imageSrc(obj.image)} />;
  if (type === 'menu') return <Menu label={t.moreActions} choices={koreChoices(obj.menu)} actions={actions} />;
  const choice = type === 'button' ? koreChoice(obj.button) : type === 'url' ? koreChoice({ type: 'url', ...record(obj.url) }) : undefined;
  return choice ? <ChoiceButton choice={choice} actions={actions} className="xo-tpl-button xo-kl-chip" /> : null;
}

function Element({ element, actions }: { element: JsonObject; actions: TemplateActions }) {
  const title = firstText(element, 'title');
  const subtitle = firstText(element, 'subtitle');
  // Kore posts the default action's payload with the row's own text as the bubble.
  const action = koreChoice(element.default_action, title);
  const layout = record(element.buttonsLayout);
  return (
    <li className="xo-kl-item">
      <div className="xo-kl-row">
        <Icon src={imageSrc(element.image)} className="xo-kl-thumb" />
        <div className="xo-kl-main">
          {action && action.kind !== 'inert' ? (
            <ChoiceButton choice={action.kind === 'postback' ? { ...action, title: title || action.title } : action} actions={actions} className="xo-card-title" />
          ) : title ? (
            <span className="xo-card-title">{title}</span>
          ) : null}
          {subtitle ? <Markdown text={subtitle} inline className="xo-md xo-card-subtitle" /> : null}
        </div>
        <Extra value={element.value} actions={actions} />
      </div>
      {records(element.details).map((detail, i) => (
        <div key={i} className="xo-kl-row">
          <Icon src={imageSrc(detail.image)} />
          {/* Plain text: Kore's details are masked numbers ("****8455") that markdown would eat. */}
          <span className="xo-kl-text">{firstText(detail, 'description', 'title')}</span>
        </div>
      ))}
      <LimitedActions choices={koreChoices(element.buttons)} limit={count(record(layout?.displayLimit)?.count) ?? 2} actions={actions} />
    </li>
  );
}

/** `listWidget`: a titled list whose rows carry an image, a value (text, button, link, image or menu), details and buttons. */
export function ListWidget({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'title', 'heading') || part.fallbackText;
  const description = firstText(p, 'description');
  return (
    <div className="xo-tpl xo-kl">
      <div className="xo-kl-row">
        <div className="xo-kl-main">
          {heading ? <Markdown text={heading} className="xo-md xo-tpl-caption" /> : null}
          {description ? <Markdown text={description} inline className="xo-md xo-tpl-subtext" /> : null}
        </div>
        <Extra value={p.headerOptions} actions={actions} />
      </div>
      <ul className="xo-list-items" aria-label={heading || t.items}>
        {records(p.elements).map((element, i) => (
          <Element key={i} element={element} actions={actions} />
        ))}
      </ul>
    </div>
  );
}
