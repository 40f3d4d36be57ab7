import { Markdown } from './deps';
import { ChoiceButton } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateActions } from '../types';
import type { TemplateRendererProps } from '../types';
import { count, firstText, koreChoice, records } from './kore';
import type { JsonObject } from './kore';
import { useDisclosure, useShowMore } from './parts';

function Article({ article, actions }: { article: JsonObject; actions: TemplateActions }) {
  const title = firstText(article, 'title');
  const description = firstText(article, 'description');
  const button = koreChoice(article.button);
  // The toggle expands the article in place (Kore opens it in a sheet); the description is clamped till then.
  // It sits beside the title, not around it: a title with a markdown link must not nest inside a button.
  const [open, toggle, id] = useDisclosure(false, title.replace(/[*_~]/g, ''));
  return (
    <li className="xo-kl-item">
      <div className="xo-kl-row">
        <Markdown text={title} inline className="xo-md xo-card-title xo-kl-main" />
        {description ? toggle : null}
      </div>
      <div id={id} className={open ? 'xo-kl-body' : 'xo-kl-body xo-kl-clamp'}>
        {description ? <Markdown text={description} className="xo-md xo-card-subtitle" /> : null}
      </div>
      <p className="xo-kl-row xo-tpl-subtext">
        <span>{firstText(article, 'createdOn')}</span>
        <span>{firstText(article, 'updatedOn')}</span>
      </p>
      {button ? <ChoiceButton choice={button} actions={actions} /> : null}
    </li>
  );
}

/**
 * `articleTemplate`: article cards (title, description, created and updated dates, a button that posts or opens
 * the article). `displayLimit` cards show first; the `seeMoreTitle` button reveals the rest.
 */
export function ArticleTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const articles = records(part.payload.elements);
  const [shown, more] = useShowMore(articles.length, count(part.payload.displayLimit), firstText(part.payload, 'seeMoreTitle'));
  const heading = firstText(part.payload, 'title', 'heading', 'text');
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
      <ul className="xo-list-items" aria-label={heading || t.items}>
        {articles.slice(0, shown).map((article, i) => (
          <Article key={i} article={article} actions={actions} />
        ))}
      </ul>
      {more}
    </div>
  );
}
