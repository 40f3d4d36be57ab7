import type { CSSProperties } from 'react';
import { ChoiceButton } from './deps';
import { mediaUrl } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateActions, TemplateRendererProps } from '../types';
import { count, firstText, koreChoice, record, records } from './kore';
import type { JsonObject } from './kore';
import { ActionTitle, Icon, useDisclosure, useShowMore } from './parts';

/** The title, posting or opening `default_action` when Kore gave it one. */
function Title({ item, actions }: { item: JsonObject; actions: TemplateActions }) {
  return <ActionTitle choice={koreChoice(item.default_action)} label={firstText(item, 'title')} actions={actions} />;
}

function SubElement({ sub, actions }: { sub: JsonObject; actions: TemplateActions }) {
  const right = record(sub.rightContent);
  const rightAction = koreChoice(right?.default_action);
  const icon = mediaUrl(right?.icon);
  return (
    <li className="xo-kl-item">
      <div className="xo-kl-row">
        <Title item={sub} actions={actions} />
        {/* Kore's right-hand icon has its own action; it shows only when the icon itself can load. */}
        {icon && rightAction && rightAction.kind !== 'inert' ? (
          <ChoiceButton choice={rightAction} actions={actions} className="xo-tpl-button xo-kl-chip" />
        ) : null}
      </div>
      {records(sub.values).map((value, i) => (
        <p key={i} className="xo-kl-row xo-tpl-subtext">
          <span>{firstText(value, 'title')}</span>
          <Icon src={value.icon} />
          <span>{firstText(value, 'value')}</span>
        </p>
      ))}
    </li>
  );
}

function Element({ element, actions }: { element: JsonObject; actions: TemplateActions }) {
  const subs = records(element.subElements);
  const [open, toggle, id] = useDisclosure(false, firstText(element, 'title'));
  const progress = firstText(element, 'taskProgress');
  const percent = Math.min(100, Math.max(0, Number.parseFloat(progress) || 0));
  return (
    <li className="xo-kl-card">
      <div className="xo-kl-row">
        <div className="xo-kl-main">
          <Title item={element} actions={actions} />
          <dl className="xo-kl-grid">
            {records(element.subInformation).map((info, i) => (
              <div key={i}>
                <dt>{firstText(info, 'title')}</dt>
                <dd>{firstText(info, 'value')}</dd>
              </div>
            ))}
          </dl>
        </div>
        {progress ? (
          <span className="xo-kl-progress" style={{ '--xo-kl-p': `${percent}%` } as CSSProperties}>
            {progress}
          </span>
        ) : null}
        {subs.length > 0 ? toggle : null}
      </div>
      {subs.length > 0 ? (
        <ul id={id} className="xo-list-items xo-kl-body" hidden={!open}>
          {subs.map((sub, i) => (
            <SubElement key={i} sub={sub} actions={actions} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** `checkListTemplate`: task groups with facts, a progress ring and collapsible sub-tasks, each with its own action. */
export function CheckListTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const heading = firstText(part.payload, 'title', 'heading') || part.fallbackText;
  const elements = records(part.payload.elements);
  const [shown, more] = useShowMore(elements.length, count(part.payload.displayLimit));
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
      <ul className="xo-list-items" aria-label={heading || t.items}>
        {elements.slice(0, shown).map((element, i) => (
          <Element key={i} element={element} actions={actions} />
        ))}
      </ul>
      {more}
    </div>
  );
}
