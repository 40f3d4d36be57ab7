import { ChatWindow, Composer } from '@xo-chat/react';
import '@xo-chat/react/styles.css';
import '@xo-chat/react/uploads.css';
import { StrictMode, version as reactVersion } from 'react';
import { createRoot } from 'react-dom/client';
import { createDemoClient } from './client';
import { demoLocales, displayOptions } from './display';
import { loadSettings } from './settings';
import { SettingsPanel } from './SettingsPanel';
import { SiteHeader } from './SiteHeader';
import './site.css';

// Which React this build runs on (the react-18 e2e project checks it is 18).
document.documentElement.dataset['reactVersion'] = reactVersion;

const settings = loadSettings();
const display = displayOptions();
const client = createDemoClient(settings);
// The page owns this client (ChatWindow only starts clients it creates from `options`).
void client.start();

// A travel site wants to be told when its assistant (or a person from the desk) answers while the visitor looks away.
const NOTIFICATIONS = { title: true, sound: true, desktop: true } as const;

const DESTINATIONS = [
  { city: 'Lisbon', blurb: 'Tiled streets, late sunsets and custard tarts.', price: 'from €189' },
  { city: 'Kyoto', blurb: 'Temples at dawn, tea houses at dusk.', price: 'from €712' },
  { city: 'Marrakesh', blurb: 'Souks, riads and the Atlas on the horizon.', price: 'from €244' },
];

function HomePage() {
  return (
    <>
      <SiteHeader current="home" />
      <main className="site-main">
        <section className="hero">
          <h1>Where to next?</h1>
          <p>Book flights and stays, change a booking, or ask our assistant anything, day or night.</p>
        </section>
        <section aria-labelledby="deals" className="cards">
          <h2 id="deals">This week&apos;s deals</h2>
          <ul>
            {DESTINATIONS.map((d) => (
              <li key={d.city} className="card">
                <h3>{d.city}</h3>
                <p>{d.blurb}</p>
                <p className="price">{d.price}</p>
              </li>
            ))}
          </ul>
        </section>
        <SettingsPanel settings={settings} />
      </main>
      <ChatWindow {...display} locales={demoLocales} client={client} mode="floating" title="Wayfarer assistant" attachments={<Composer.Attach />} notifications={NOTIFICATIONS} />
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The demo page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <HomePage />
  </StrictMode>,
);
