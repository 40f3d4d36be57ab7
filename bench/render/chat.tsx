// index.html: an open inline ChatWindow over the fake client's N messages.
import './eval-start';
import { ChatWindow } from '@xo-chat/react';
import '@xo-chat/react/styles.css';
import { startBench } from './harness';

startBench('chat', (client) => <ChatWindow client={client} mode="inline" title="Bench" />);
