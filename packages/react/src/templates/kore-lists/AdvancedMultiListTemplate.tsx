import { useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { AdvancedListItem } from './AdvancedListItem';
import { count, firstText, records } from './kore';
import { useShowMore } from './parts';

/**
 * `advancedMultiListTemplate`: sections (`listItems[].title`) of advanced-list rows (`subListItems`). With
 * `seeMore`, the first `listItemDisplayCount` sections show and the `seeMoreTitle` button reveals the rest.
 */
export function AdvancedMultiListTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const sections = records(p.listItems);
  const [shown, more] = useShowMore(sections.length, p.seeMore === true ? count(p.listItemDisplayCount) : undefined, firstText(p, 'seeMoreTitle'));
  const heading = firstText(p, 'title', 'heading');
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
      {sections.slice(0, shown).map((section, i) => {
        const title = firstText(section, 'title');
        return (
          <section key={i} className="xo-kl-section" aria-label={title || t.items}>
            {title ? <p className="xo-tpl-caption">{title}</p> : null}
            <ul className="xo-list-items">
              {records(section.subListItems).map((item, j) => (
                <AdvancedListItem key={j} item={item} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
      {more}
    </div>
  );
}
