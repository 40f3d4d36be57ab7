import { useId, useState, type FormEvent } from 'react';
import { clearSettings, saveSettings, validateSettings, type DemoSettings } from './settings';

const FIELDS: Array<{ key: keyof DemoSettings; label: string; hint: string }> = [
  { key: 'apiHost', label: 'API host', hint: 'e.g. https://bots.kore.ai' },
  { key: 'botName', label: 'Bot name', hint: 'as shown in the XO Platform' },
  { key: 'botId', label: 'Bot id', hint: 'st-...' },
  { key: 'jwtUrl', label: 'JWT endpoint', hint: 'POST {identity} → {jwt}, served by your backend' },
];

/** Points the demo at another XO host. Saved in localStorage; query parameters still win. */
export function SettingsPanel({ settings }: { settings: DemoSettings }) {
  const [draft, setDraft] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validateSettings(draft);
    setError(problem);
    if (problem) return;
    saveSettings(draft);
    window.location.reload();
  };

  return (
    <details className="settings">
      <summary>Connection settings</summary>
      <form onSubmit={onSubmit} aria-describedby={error ? errorId : undefined} noValidate>
        {FIELDS.map(({ key, label, hint }) => (
          <label key={key}>
            <span>{label}</span>
            <input
              name={key}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
              placeholder={hint}
              spellCheck={false}
            />
          </label>
        ))}
        {error && (
          <p id={errorId} role="alert" className="settings-error">
            {error}
          </p>
        )}
        <div className="settings-actions">
          <button type="submit">Save and reload</button>
          <button
            type="button"
            onClick={() => {
              clearSettings();
              window.location.reload();
            }}
          >
            Reset to the local platform
          </button>
        </div>
      </form>
    </details>
  );
}
