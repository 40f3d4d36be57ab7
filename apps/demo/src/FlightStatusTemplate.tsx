import type { TemplateRenderer } from '@xo-chat/react';

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * An app-defined renderer for the demo bot's `flight_status` template: shows how an app adds a template kind
 * that the kit does not know. Payload fields are untrusted JSON, so each is read defensively and shown as text.
 */
export const FlightStatusTemplate: TemplateRenderer = ({ part }) => {
  const p = part.payload;
  const status = text(p['status']) || 'Unknown';
  return (
    <section className="flight-status" aria-label={`Flight ${text(p['flight'])}`}>
      <header>
        <span className="flight-number">{text(p['flight'])}</span>
        <span className="flight-state" data-status={status.toLowerCase().replace(/\s+/g, '-')}>
          {status}
        </span>
      </header>
      <p className="flight-route">
        {text(p['from'])} <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span> {text(p['to'])}
      </p>
      <dl>
        <div>
          <dt>Departs</dt>
          <dd>{text(p['departs'])}</dd>
        </div>
        <div>
          <dt>Gate</dt>
          <dd>{text(p['gate']) || '—'}</dd>
        </div>
      </dl>
    </section>
  );
};
