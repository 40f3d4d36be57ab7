// Kore Search AI answers (`search`, `answerTemplate`): an answer from `center_panel` and its numbered sources.
import { Markdown } from './deps';
import { NewTabHint } from './deps';
import { useTemplateStrings } from './deps';
import { firstText, koreUrl, records, text } from './kore';
import type { JsonObject, JsonValue } from './kore';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return Object.hasOwn(ENTITIES, e.toLowerCase()) ? ENTITIES[e.toLowerCase()]! : m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * Search previews arrive as HTML (`<span class="highlightText">`, `&amp;`). They are never parsed as HTML: tags
 * are dropped, entities decoded, and highlighted words become `<mark>` text.
 */
export function previewParts(html: string): Array<{ text: string; mark: boolean }> {
  const out: Array<{ text: string; mark: boolean }> = [];
  let mark = false;
  let last = 0;
  for (const tag of html.matchAll(/<\/?[a-z][^>]*>/gi)) {
    if (tag.index > last) out.push({ text: decode(html.slice(last, tag.index)), mark });
    if (/^<span[^>]*highlight/i.test(tag[0])) mark = true;
    else if (/^<\/span/i.test(tag[0])) mark = false;
    last = tag.index + tag[0].length;
  }
  if (last < html.length) out.push({ text: decode(html.slice(last)), mark });
  return out;
}

export function Preview({ html, className }: { html: string; className?: string }) {
  return (
    <p className={className}>
      {previewParts(html).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

/** A link when the URL is allowed, else plain text. */
export function SafeLink({ url, children, className }: { url: JsonValue | undefined; children: string; className?: string }) {
  const href = koreUrl(url);
  if (!href) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <NewTabHint />
    </a>
  );
}

interface Source {
  title: string;
  url: JsonValue | undefined;
}

/** `center_panel.data[0]`: generative fragments citing numbered sources, or an extractive snippet and its source. */
export function AnswerBlock({ panel }: { panel: JsonObject | undefined }) {
  const t = useTemplateStrings();
  const data = records(panel?.data)[0];
  if (!data) return null;
  const type = firstText(data, 'snippet_type') || firstText(panel, 'type');
  const title = firstText(data, 'snippet_title');
  const fragments = records(data.snippet_content);
  const sources: Source[] = [];
  const keys: string[] = [];
  const cited = fragments.map((fragment) => {
    const src = records(fragment.sources)[0];
    const key = firstText(src, 'doc_id') || text(src?.url) || firstText(src, 'title');
    let n = src ? keys.indexOf(key) : -1;
    if (src && n < 0) {
      keys.push(key);
      n = sources.push({ title: firstText(src, 'title') || text(src.url), url: src.url }) - 1;
    }
    return { text: firstText(fragment, 'answer_fragment'), n };
  });
  const content = typeof data.snippet_content === 'string' ? data.snippet_content : '';
  if (content) sources.push({ title: firstText(data, 'source') || text(data.url), url: data.url });
  return (
    <div className="xo-kl-answer">
      {title ? <Markdown text={title} className="xo-md xo-tpl-caption" /> : null}
      {content ? <Markdown text={content.trim()} className="xo-md" /> : null}
      {cited.length > 0 ? (
        <p>
          {cited.map((c, i) => (
            <span key={i}>
              {c.text} {c.n >= 0 ? <sup>{c.n + 1}</sup> : null}{' '}
            </span>
          ))}
        </p>
      ) : null}
      {sources.some((s) => s.title) ? (
        <ol className="xo-kl-sources" aria-label={t.sources}>
          {sources.map((s, i) => (s.title ? <li key={i}><SafeLink url={s.url}>{s.title}</SafeLink></li> : null))}
        </ol>
      ) : null}
      {type === 'generative_model' ? <p className="xo-tpl-subtext">{t.answeredByAi}</p> : null}
    </div>
  );
}

