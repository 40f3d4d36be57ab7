import { Markdown } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { AdvancedListItem } from './AdvancedListItem';
import { count, firstText, records } from './kore';
import { useShowMore } from './parts';

/**
 * `advancedListTemplate`: rows with icons, descriptions, side options ("…" menus, status buttons, prices),
 * accordions holding text rows, buttons, checkbox/radio options or a label/value table. With `seeMore`, the first
 * `listItemDisplayCount` rows show and "See more" reveals the rest in place (Kore opens a sheet).
 */
export function AdvancedListTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'title', 'heading') || part.fallbackText;
  const description = firstText(p, 'description');
  const items = records(p.listItems);
  const [shown, more] = useShowMore(items.length, p.seeMore === true ? count(p.listItemDisplayCount) : undefined, firstText(p, 'seeMoreTitle'));
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <Markdown text={heading} className="xo-md xo-tpl-caption" /> : null}
      {description ? <p className="xo-tpl-subtext">{description}</p> : null}
      {items.length > 0 ? (
        <ul className="xo-list-items" aria-label={heading || t.items}>
          {items.slice(0, shown).map((item, i) => (
            <AdvancedListItem key={i} item={item} actions={actions} />
          ))}
        </ul>
      ) : null}
      {more}
    </div>
  );
}
