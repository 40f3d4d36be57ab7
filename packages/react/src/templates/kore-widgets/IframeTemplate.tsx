import { firstText, record } from './deps';
import type { TemplateRendererProps } from '../types';
import { frameUrl, SafeFrame } from './SafeFrame';

/** `iframe`: Kore's embedded page (`formData.formLink`, or a plain `url`), sandboxed; a refused URL says so. */
export function IframeTemplate({ part }: TemplateRendererProps) {
  const p = part.payload;
  const form = record(p.formData);
  const title = firstText(p, 'title', 'text', 'heading') || firstText(form, 'title', 'formName');
  const url = frameUrl(form?.formLink ?? p.url ?? p.link_url);
  return (
    <div className="xo-tpl">
      {title ? <p className="xo-tpl-caption">{title}</p> : null}
      <SafeFrame url={url} title={title} />
    </div>
  );
}
