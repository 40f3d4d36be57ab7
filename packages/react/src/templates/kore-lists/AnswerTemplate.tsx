import type { TemplateRendererProps } from '../types';
import { AnswerBlock } from './answer';
import { record } from './kore';

/** `answerTemplate`: a Search AI answer (`answer_payload.center_panel`), generative with cited sources or extractive. */
export function AnswerTemplate({ part }: TemplateRendererProps) {
  return (
    <div className="xo-tpl xo-kl">
      <AnswerBlock panel={record(record(part.payload.answer_payload)?.center_panel)} />
    </div>
  );
}
