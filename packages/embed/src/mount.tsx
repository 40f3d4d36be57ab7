import { createChatClient } from '@xo-chat/core';
import type { ChatClient, ChatClientOptions } from '@xo-chat/core';
import { ChatWindow } from '@xo-chat/react';
import { ar } from '@xo-chat/react/locales/ar';
import { de } from '@xo-chat/react/locales/de';
import { es } from '@xo-chat/react/locales/es';
import { fr } from '@xo-chat/react/locales/fr';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { describeProblems, needsNewClient, parseConfig } from './config';
import type { ConfigProblem, EmbedConfig, RawConfig } from './config';
import { anonymousIdentity } from './identity';
import { jwtFetcher } from './jwt';
import { adoptStyles } from './styles';

// A page that adds one script tag has no bundler to pick languages with: the file carries all five.
const LOCALES = [ar, de, es, fr];

export interface EmbedDeps {
  /** Makes the client (tests pass a fake; the page gets the real one). */
  createClient?: (options: ChatClientOptions) => ChatClient;
  /** Where console errors go (tests capture them). */
  logError?: (message: string) => void;
}

/** One chat in one shadow root: configure it again as often as needed, then destroy it once. */
export interface Embed {
  /** Applies a new configuration (raw attribute values, or problems found before parsing). */
  configure(raw: RawConfig | readonly ConfigProblem[]): void;
  /** Stops the client (closing its socket) and empties the shadow root. */
  destroy(): void;
}

/** Renders into `host`'s shadow root (opened here if it has none); `source` names the caller in messages. */
export function createEmbed(host: HTMLElement, source: string, deps: EmbedDeps = {}): Embed {
  const shadow = host.shadowRoot ?? attachShadow(host, source);
  const removeStyles = adoptStyles(shadow);
  const container = host.ownerDocument.createElement('div');
  container.className = 'xo-embed';
  // `title` is also the host's tooltip attribute; an empty title here keeps it from showing over the whole chat.
  container.title = '';
  shadow.append(container);
  const root: Root = createRoot(container);
  const makeClient = deps.createClient ?? createChatClient;
  const logError = deps.logError ?? ((message: string) => console.error(message));

  let current: { config: EmbedConfig; client: ChatClient; generation: number; unwatch: () => void } | null = null;
  let generation = 0;
  let lastLogged = '';

  const stopClient = () => {
    current?.unwatch();
    current?.client.stop();
    current = null;
  };

  // Well-formed attributes can still be wrong (a bot the platform does not know, a JWT endpoint that refuses):
  // the window's banner says so, and the console gets the same once, for whoever set the attributes.
  const watchFailure = (client: ChatClient) => {
    let failed = false;
    return client.store.subscribe((state) => {
      const connection = state.connection;
      if (connection.status === 'failed' && !failed) logError(`${source}: the chat cannot connect: ${connection.reason}`);
      failed = connection.status === 'failed';
    });
  };

  return {
    configure(raw) {
      const result = Array.isArray(raw) ? ({ ok: false, problems: raw } as const) : parseConfig(raw as RawConfig, host.ownerDocument.baseURI);
      if (!result.ok) {
        stopClient();
        const messages = describeProblems(result.problems, source);
        // The same mistakes reported again (another attribute changed) are not logged twice.
        const joined = messages.join('\n');
        if (joined !== lastLogged) for (const m of messages) logError(m);
        lastLogged = joined;
        root.render(<EmbedError messages={messages} />);
        return;
      }
      lastLogged = '';
      const config = result.config;
      if (!current || needsNewClient(current.config, config)) {
        stopClient();
        const identity = config.identity ?? anonymousIdentity();
        const client = makeClient({
          apiHost: config.apiHost,
          botInfo: { chatBot: config.botName, taskBotId: config.botId },
          getJwt: jwtFetcher(config.jwtUrl, identity, config.identity === null),
          ...(config.locale ? { locale: config.locale } : {}),
        });
        generation += 1;
        current = { config, client, generation, unwatch: watchFailure(client) };
        void client.start().catch(() => {
          // The connection state in the store says why; the window shows it.
        });
      } else {
        current = { ...current, config };
      }
      root.render(
        <ChatWindow
          // A new client is a new conversation: nothing of the old window's state carries over.
          key={current.generation}
          client={current.client}
          mode={config.mode}
          theme={config.theme}
          locales={LOCALES}
          speech={config.speech}
          {...(config.title ? { title: config.title } : {})}
          {...(config.locale ? { locale: config.locale } : {})}
        />,
      );
    },
    destroy() {
      root.unmount();
      stopClient();
      container.remove();
      removeStyles();
    },
  };
}

function attachShadow(host: HTMLElement, source: string): ShadowRoot {
  try {
    return host.attachShadow({ mode: 'open' });
  } catch (cause) {
    throw new Error(`${source}: cannot open a shadow root on <${host.localName}>. Mount into a <div> or another element that allows one.`, { cause });
  }
}

function EmbedError({ messages }: { messages: readonly string[] }) {
  return (
    <div className="xo-embed-error" role="alert">
      <p className="xo-embed-error__title">This chat is not set up yet.</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
