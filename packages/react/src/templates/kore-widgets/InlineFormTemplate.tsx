import { NewTabHint, firstText, record, text, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { frameUrl, SafeFrame } from './SafeFrame';

/**
 * The inline digital form (a payload with `formData` and no `template_type`; the core names it `inline_form`).
 * `renderType: 'inline'` embeds `formLink` in the bubble, as Kore does; every form also gets a new-tab link, so it
 * can be filled in full size.
 */
export function InlineFormTemplate({ part }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const form = record(part.payload.formData) ?? part.payload;
  const title = firstText(form, 'title', 'formName') || firstText(part.payload, 'text', 'title');
  const url = frameUrl(form.formLink);
  const inline = text(form.renderType).toLowerCase() === 'inline';
  return (
    <div className="xo-tpl">
      {title ? <p className="xo-tpl-caption">{title}</p> : null}
      {inline || !url ? <SafeFrame url={url} title={title || t.form} /> : null}
      {url ? (
        <a className="xo-tpl-button" href={url} target="_blank" rel="noopener noreferrer">
          {t.openForm}
          <NewTabHint />
        </a>
      ) : null}
    </div>
  );
}
