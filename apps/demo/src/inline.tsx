import { ChatWindow, Composer } from '@xo-chat/react';
import '@xo-chat/react/styles.css';
import '@xo-chat/react/uploads.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDemoClient } from './client';
import { demoLocales, displayOptions } from './display';
import { FlightStatusTemplate } from './FlightStatusTemplate';
import { loadSettings } from './settings';
import { SettingsPanel } from './SettingsPanel';
import { SiteHeader } from './SiteHeader';
import './site.css';
import './inline-theme.css';

const settings = loadSettings();
const display = displayOptions();
const client = createDemoClient(settings);
// The page owns this client (ChatWindow only starts clients it creates from `options`).
void client.start();
// An app's registry merges over the kit's defaults: new kinds are added, existing ones can be replaced.
const templates = { flight_status: FlightStatusTemplate };

function HelpPage() {
  return (
    <>
      <SiteHeader current="help" />
      <main className="site-main help-layout">
        <section className="help-intro">
          <h1>Help centre</h1>
          <p>
            Chat with us on the right. Try <kbd>flight status</kbd> to see a template this page renders itself, or{' '}
            <kbd>menu</kbd> for everything the assistant can show.
          </p>
          <SettingsPanel settings={settings} />
        </section>
        <div className="inline-chat">
          {/* This page themes the window itself (inline-theme.css), so it keeps out the bot's branding. */}
          <ChatWindow {...display} locales={demoLocales} client={client} mode="inline" title="Wayfarer help" className="wayfarer-theme" branding={false} templates={templates} attachments={<Composer.Attach />} />
        </div>
      </main>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The demo page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <HelpPage />
  </StrictMode>,
);
