import { useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { AnswerBlock, Preview, SafeLink } from './answer';
import { firstText, record, records } from './kore';
import { Icon, useShowMore } from './parts';

/** Results shown before "Show more" (Kore's answers panel shows three). */
export const SEARCH_RESULTS = 3;

/**
 * `search`: Kore Search AI's presented answer (`graph_answer.payload.center_panel`) and the result pages
 * (`results.<group>.data`), each a link with its source, preview (highlighted words kept, HTML dropped) and image.
 */
export function SearchTemplate({ part }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const groups = record(p.results);
  const results = groups ? Object.keys(groups).flatMap((key) => records(record(groups[key])?.data)) : [];
  const [shown, more] = useShowMore(results.length, SEARCH_RESULTS);
  const heading = firstText(p, 'text', 'title', 'heading');
  return (
    <div className="xo-tpl xo-kl">
      {heading ? <p className="xo-tpl-caption">{heading}</p> : null}
      <AnswerBlock panel={record(record(record(p.graph_answer)?.payload)?.center_panel)} />
      {results.length > 0 ? (
        <ul className="xo-list-items" aria-label={t.results}>
          {results.slice(0, shown).map((result, i) => {
            const title = firstText(result, 'page_title', 'title', 'question') || firstText(result, 'page_url', 'url');
            return (
              <li key={i} className="xo-kl-item">
                <div className="xo-kl-row">
                  <Icon src={result.page_image_url} className="xo-kl-thumb" />
                  <div className="xo-kl-main">
                    <SafeLink url={result.page_url ?? result.url} className="xo-card-title">
                      {title}
                    </SafeLink>
                    <span className="xo-tpl-subtext">{firstText(result, 'sys_source_name', 'source').trim()}</span>
                  </div>
                </div>
                <Preview html={firstText(result, 'page_preview', 'snippet', 'answer')} className="xo-card-subtitle" />
              </li>
            );
          })}
        </ul>
      ) : null}
      {more}
    </div>
  );
}
