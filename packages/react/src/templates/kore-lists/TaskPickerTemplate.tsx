import { useAnswered } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { firstText, record, records, text } from './kore';
import { Icon } from './parts';

/**
 * `taskPickerTemplate`: a menu of tasks. Choosing one posts its `postback.value`, with `postback.title` as the
 * user's bubble (Kore's pickers), once.
 */
export function TaskPickerTemplate({ part, message, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const [answered, markAnswered] = useAnswered(message, part);
  const heading = firstText(part.payload, 'heading', 'title', 'text') || t.chooseTask;
  const tasks = records(part.payload.tasks);
  return (
    <div className="xo-tpl xo-kl">
      <p className="xo-tpl-caption">{heading}</p>
      <ul className="xo-tpl-buttons" aria-label={heading}>
        {tasks.map((task, i) => {
          const title = firstText(task, 'title');
          const postback = record(task.postback);
          const bubble = firstText(postback, 'title') || title;
          const payload = text(postback?.value) || text(postback?.payload) || bubble;
          return (
            <li key={i}>
              <button
                type="button"
                className="xo-tpl-button"
                disabled={actions.disabled || answered || !payload}
                onClick={() => {
                  markAnswered();
                  actions.sendPostback({ title: bubble, payload });
                }}
              >
                <Icon src={task.icon} />
                {title || bubble}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
