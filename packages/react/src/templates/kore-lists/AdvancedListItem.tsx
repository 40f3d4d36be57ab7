import { useId, useState } from 'react';
import { Markdown } from './deps';
import { ChoiceButton } from './deps';
import { useTemplateStrings } from './deps';
import type { TemplateActions } from '../types';
import { count, firstText, koreChoice, koreChoices, list, record, records, text } from './kore';
import type { Choice, JsonObject } from './kore';
import { Icon, LimitedActions, Menu, useDisclosure } from './parts';

/** A title, link or button: what Kore's clickable rows and header buttons turn into. */
function Labelled({ choice, title, actions, className }: { choice: Choice | undefined; title: string; actions: TemplateActions; className: string }) {
  if (choice && choice.kind !== 'inert') return <ChoiceButton choice={{ ...choice, title }} actions={actions} className={className} />;
  return title ? <span className={className}>{title}</span> : null;
}

/** The right-hand side of a row: status buttons, a price, a "…" menu. */
function HeaderOptions({ options, actions }: { options: JsonObject[]; actions: TemplateActions }) {
  const t = useTemplateStrings();
  return options.map((option, i) => {
    if (text(option.contenttype) === 'button') {
      const choice = koreChoice(option);
      return choice ? <ChoiceButton key={i} choice={choice} actions={actions} className="xo-tpl-button xo-kl-chip" /> : null;
    }
    const type = text(option.type);
    if (type === 'text') return <span key={i} className="xo-kl-value">{firstText(option, 'value', 'text')}</span>;
    if (type === 'dropdown') return <Menu key={i} label={t.moreActions} choices={koreChoices(option.dropdownOptions)} actions={actions} />;
    return null;
  });
}

/** Checkboxes or radios with Kore's confirm and cancel buttons: confirm sends `<confirm title>: v1,v2`. */
function Options({ item, actions }: { item: JsonObject; actions: TemplateActions }) {
  const options = records(item.optionsData);
  const [confirm, cancel] = records(item.buttons);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const name = useId();
  const t = useTemplateStrings();
  const radio = text(options[0]?.type) === 'radio';
  const confirmTitle = firstText(confirm, 'title') || t.confirm;
  const toggle = (value: string, on: boolean) =>
    setPicked(radio ? [value] : on ? [...picked.filter((v) => v !== value), value] : picked.filter((v) => v !== value));
  const submit = () => {
    const body = picked.length > 0 ? `${confirmTitle}: ${picked.join(',')}` : confirmTitle;
    actions.send(body, { renderMsg: body });
  };
  return (
    <fieldset className="xo-choice-fieldset">
      <legend className="xo-visually-hidden">{firstText(item, 'title')}</legend>
      {options.map((option, i) => {
        const value = firstText(option, 'value', 'id', 'label');
        return (
          <label key={i} className="xo-choice-option">
            <input
              type={radio ? 'radio' : 'checkbox'}
              name={name}
              value={value}
              checked={picked.includes(value)}
              disabled={actions.disabled}
              onChange={(e) => toggle(value, e.target.checked)}
            />
            <span>{firstText(option, 'label', 'title', 'value')}</span>
          </label>
        );
      })}
      <div className="xo-kl-row">
        <button type="button" className="xo-tpl-button" disabled={actions.disabled} onClick={submit}>
          {confirmTitle}
        </button>
        {cancel ? (
          <button type="button" className="xo-tpl-button" onClick={() => setPicked([])}>
            {firstText(cancel, 'title')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/** What an item shows when open: text rows, options, buttons or a small label/value table. */
function ItemBody({ item, actions }: { item: JsonObject; actions: TemplateActions }) {
  const view = text(item.view);
  if (view === 'options') return <Options item={item} actions={actions} />;
  const layout = record(item.buttonsLayout);
  const limit = count(record(layout?.displayLimit)?.count) ?? 2;
  const cells = records(record(list(item.tableListData)[0])?.rowData);
  return (
    <>
      {records(item.textInformation).map((row, i) => (
        <div key={i} className="xo-kl-row">
          <Icon src={row.icon} />
          <Labelled choice={koreChoice(row)} title={firstText(row, 'title')} actions={actions} className="xo-kl-text" />
        </div>
      ))}
      {cells.length > 0 ? (
        <dl className="xo-kl-grid">
          {cells.map((cell, i) => (
            <div key={i}>
              <dt>{firstText(cell, 'title')}</dt>
              <dd>{firstText(cell, 'description', 'value')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <LimitedActions choices={koreChoices(item.buttons)} limit={limit} actions={actions} />
    </>
  );
}

/** One row of `advancedListTemplate` / `advancedMultiListTemplate`: icon, title, description, side options, body. */
export function AdvancedListItem({ item, actions }: { item: JsonObject; actions: TemplateActions }) {
  const title = firstText(item, 'title');
  const accordion = item.isAccordian === true || item.isAccordion === true;
  const [open, toggle, bodyId] = useDisclosure(!accordion || item.isCollapsed !== true, title);
  const description = firstText(item, 'description');
  return (
    <li className="xo-kl-item">
      <div className="xo-kl-row">
        <Icon src={item.icon} />
        <div className="xo-kl-main">
          <Labelled choice={koreChoice(item)} title={title} actions={actions} className="xo-card-title" />
          {description ? <Markdown text={description} inline className="xo-md xo-card-subtitle" /> : null}
        </div>
        <HeaderOptions options={records(item.headerOptions)} actions={actions} />
        {accordion ? toggle : null}
      </div>
      <div id={bodyId} className="xo-kl-body" hidden={!open}>
        <ItemBody item={item} actions={actions} />
      </div>
    </li>
  );
}
