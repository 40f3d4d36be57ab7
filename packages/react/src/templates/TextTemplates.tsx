import { Markdown } from '../markdown/Markdown';
import { firstText } from './payload';
import type { TemplateRendererProps } from './types';

const textOf = ({ part }: TemplateRendererProps) => firstText(part.payload, 'text', 'title') || part.fallbackText;

/** `SYSTEM`: a notice from the platform, shown as a banner rather than a bubble. */
export function SystemTemplate(props: TemplateRendererProps) {
  const text = textOf(props);
  return text ? (
    <div className="xo-tpl xo-tpl-system" role="note">
      <Markdown text={text} />
    </div>
  ) : null;
}

/** `wait_for_response`: the typing indicator is the client's job; only a text, if any, is shown. */
export function WaitForResponseTemplate(props: TemplateRendererProps) {
  const text = textOf(props);
  return text ? <Markdown text={text} /> : null;
}

/** `live_agent`: an agent's text. */
export function LiveAgentTemplate(props: TemplateRendererProps) {
  const text = textOf(props);
  return text ? (
    <div className="xo-tpl xo-tpl-agent">
      <Markdown text={text} />
    </div>
  ) : null;
}
