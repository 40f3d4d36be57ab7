// xo-chat in the peers comparison: an open inline ChatWindow over a fake client holding the transcript.
import { createRoot } from 'react-dom/client';
import { ChatWindow } from '@xo-chat/react';
import '@xo-chat/react/styles.css';
import { createFakeChatClient } from '@xo-chat/react/testing';
import { whenPainted } from '../render/measure-dom';
import { makeTranscript, marker } from '../render/transcript';
import { COUNT, expose } from './page';

const client = createFakeChatClient({ messages: makeTranscript(0, COUNT) });
createRoot(document.getElementById('stage') as HTMLElement).render(<ChatWindow client={client} mode="inline" title="Bench" />);
expose(whenPainted(marker(COUNT - 1)));
