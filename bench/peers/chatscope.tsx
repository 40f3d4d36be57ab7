// @chatscope/chat-ui-kit-react in the peers comparison: the same 1,000 messages in its MessageList.
import { createRoot } from 'react-dom/client';
import { ChatContainer, MainContainer, Message, MessageList } from '@chatscope/chat-ui-kit-react';
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import { whenPainted } from '../render/measure-dom';
import { makeMessage, marker } from '../render/transcript';
import { COUNT, expose } from './page';

const messages = Array.from({ length: COUNT }, (_, i) => makeMessage(i));
const textOf = (i: number) => {
  const part = messages[i]?.parts[0];
  return part && part.type === 'text' ? part.text : '';
};

function App() {
  return (
    <MainContainer>
      <ChatContainer>
        <MessageList>
          {messages.map((m, i) => (
            <Message key={m.id} model={{ message: textOf(i), direction: m.from === 'user' ? 'outgoing' : 'incoming', position: 'single', sender: m.from }} />
          ))}
        </MessageList>
      </ChatContainer>
    </MainContainer>
  );
}

createRoot(document.getElementById('stage') as HTMLElement).render(<App />);
expose(whenPainted(marker(COUNT - 1)));
