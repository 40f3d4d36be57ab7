import { Markdown } from './deps';
import { ChoiceButton } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateActions, TemplateRendererProps } from '../types';
import { firstText, imageSrc, koreChoice, record, records, text } from './kore';
import type { JsonObject } from './kore';
import { Icon } from './parts';

function Row({ row, actions }: { row: JsonObject; actions: TemplateActions }) {
  const title = record(row.title);
  const value = record(row.value);
  const isUrl = text(title?.type) === 'url';
  const head = record(isUrl ? title?.url : title?.text);
  const name = firstText(head, 'title');
  // A link title opens its own link (Kore stops the row's action there); a text title carries the row's action.
  const action = isUrl ? koreChoice({ link: head?.link ?? '', title: name }) : koreChoice(row.default_action, name);
  const valueUrl = text(value?.type) === 'url' ? koreChoice({ link: record(value?.url)?.link ?? '', title: firstText(record(value?.url), 'title') }) : undefined;
  return (
    <li className="xo-kl-item">
      <div className="xo-kl-row">
        <Icon src={imageSrc(title?.image)} className="xo-kl-thumb" />
        <div className="xo-kl-main">
          {action && action.kind !== 'inert' ? (
            <ChoiceButton choice={{ ...action, title: name || action.title }} actions={actions} className="xo-card-title" />
          ) : name ? (
            <span className="xo-card-title">{name}</span>
          ) : null}
          {firstText(head, 'subtitle') ? <span className="xo-card-subtitle">{firstText(head, 'subtitle')}</span> : null}
        </div>
        {valueUrl ? (
          <ChoiceButton choice={valueUrl} actions={actions} className="xo-kl-value" />
        ) : (
          <span className="xo-kl-value">{firstText(value, 'text')}</span>
        )}
      </div>
    </li>
  );
}

/** `tableList`: titled sections of rows (image, title or link, subtitle, a value or value link). */
export function TableListTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'title', 'heading') || part.fallbackText;
  const header = record(p.headerOptions);
  return (
    <div className="xo-tpl xo-kl">
      <div className="xo-kl-row">
        <div className="xo-kl-main">
          {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
          {firstText(p, 'description') ? <span className="xo-tpl-subtext">{firstText(p, 'description')}</span> : null}
        </div>
        {text(header?.type) === 'text' ? <span className="xo-kl-value">{firstText(header, 'text')}</span> : null}
      </div>
      {records(p.elements).map((section, i) => {
        const title = firstText(section, 'sectionHeader');
        const desc = firstText(section, 'sectionHeaderDesc');
        return (
          <section key={i} className="xo-kl-section" aria-label={title || heading || t.items}>
            {title ? <Markdown text={title} className="xo-md xo-tpl-caption" /> : null}
            {desc ? <Markdown text={desc} inline className="xo-md xo-tpl-subtext" /> : null}
            <ul className="xo-list-items">
              {records(section.rowItems).map((row, j) => (
                <Row key={j} row={row} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
