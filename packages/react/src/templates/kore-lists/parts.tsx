// Small pieces the Kore list renderers share: icons, overflow menus, disclosure toggles, "show more".
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ChoiceButton } from './deps';
import { mediaUrl } from './deps';
import { format, useTemplateStrings } from './deps';
import type { TemplateActions } from '../types';
import type { Choice, JsonValue } from './kore';

/** A decorative icon or thumbnail: only http(s) images load; Kore's inline `data:` icons are left out. */
export function Icon({ src, className = 'xo-kl-icon' }: { src: JsonValue | undefined; className?: string }) {
  const url = mediaUrl(typeof src === 'string' ? src.trim() : src);
  return url ? <img className={className} src={url} alt="" loading="lazy" /> : null;
}

/** A row of Kore buttons. */
export function Actions({ choices, actions }: { choices: readonly Choice[]; actions: TemplateActions }) {
  if (choices.length === 0) return null;
  return (
    <ul className="xo-tpl-buttons xo-kl-actions">
      {choices.map((choice, i) => (
        <li key={i}>
          <ChoiceButton choice={choice} actions={actions} />
        </li>
      ))}
    </ul>
  );
}

/** A button that shows or hides a list of further actions (Kore's "…" dropdowns and "More"). Escape closes it. */
export function Menu({ label, choices, actions }: { label: string; choices: readonly Choice[]; actions: TemplateActions }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  if (choices.length === 0) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="xo-kl-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="xo-tpl-button xo-kl-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <ul id={id} className="xo-tpl-buttons" hidden={!open}>
        {choices.map((choice, i) => (
          <li key={i}>
            <ChoiceButton choice={choice} actions={actions} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The first `limit` buttons in a row, the rest behind a "More actions" menu. */
export function LimitedActions({ choices, limit, actions }: { choices: readonly Choice[]; limit: number; actions: TemplateActions }) {
  const t = useTemplateStrings();
  return (
    <div className="xo-kl-limited">
      <Actions choices={choices.slice(0, limit)} actions={actions} />
      <Menu label={t.moreActions} choices={choices.slice(limit)} actions={actions} />
    </div>
  );
}

/** `[open, toggleButton]`: a "Details" toggle for a region that stays in the DOM (hidden) while closed. */
export function useDisclosure(initiallyOpen: boolean, label?: string): [boolean, ReactNode, string] {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const t = useTemplateStrings();
  const button = (
    <button
      type="button"
      className="xo-kl-toggle"
      aria-expanded={open}
      aria-controls={id}
      aria-label={label ? format(t.detailsOf, { title: label }) : t.details}
      onClick={() => setOpen(!open)}
    >
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
  return [open, button, id];
}

/** How many of `total` items to show, and a "Show more (n)" button that reveals the rest. */
export function useShowMore(total: number, limit: number | undefined, label?: string): [number, ReactNode] {
  const [all, setAll] = useState(false);
  const t = useTemplateStrings();
  const shown = all || limit === undefined ? total : Math.min(limit, total);
  const hidden = total - shown;
  const button =
    hidden > 0 ? (
      <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setAll(true)}>
        {label || format(t.showMore, { count: hidden })}
      </button>
    ) : null;
  return [shown, button];
}

/**
 * A title that carries an action: it shows `label` but posts the choice's own title as the bubble (Kore's
 * default actions: a card or task shows its heading and posts `default_action.title`). Plain text without one.
 */
export function ActionTitle({ choice, label, actions, className = 'xo-card-title' }: { choice: Choice | undefined; label: string; actions: TemplateActions; className?: string }) {
  if (choice?.kind === 'postback') {
    return (
      <button type="button" className={className} disabled={actions.disabled} onClick={() => actions.sendPostback({ title: choice.title, payload: choice.payload })}>
        {label || choice.title}
      </button>
    );
  }
  if (choice?.kind === 'link') return <ChoiceButton choice={{ ...choice, title: label || choice.title }} actions={actions} className={className} />;
  return label ? <span className={className}>{label}</span> : null;
}
