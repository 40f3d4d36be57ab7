// What each parsed frame does to the store, the outbox and the typing indicator.
import { positionsOf } from '../store/ordered';
import type { AgentSession } from '../agent/session';
import type { Outbox } from '../outbox/outbox';
import { parseServerFrame } from '../protocol/frames';
import type { ChatEvents, ChatStore, Clock, DiagnosticEvent, Message } from '../types';
import type { Typing } from './typing';

export interface InboundContext {
  clock: Clock;
  store: ChatStore;
  merge: (messages: Message[]) => Message[];
  /** A live message history already shows under another id comes back under that id. */
  alignLive: (message: Message) => Message;
  outbox: Outbox;
  typing: Typing;
  agent: AgentSession;
  emit: <K extends keyof ChatEvents>(event: K, payload: ChatEvents[K]) => void;
  diagnose: (event: DiagnosticEvent) => void;
}

/** Live messages never land above what is shown, whatever the server's clock says. */
function notBeforeNewest(message: Message, store: ChatStore): Message {
  const messages = store.getState().messages;
  const newest = messages[messages.length - 1];
  if (!newest || newest.createdAt <= message.createdAt || positionsOf(messages).has(message.id)) return message;
  return { ...message, createdAt: newest.createdAt };
}

/** A live message already shown from history keeps that place; a new one goes at the bottom. */
function placed(message: Message, ctx: InboundContext): Message {
  const aligned = ctx.alignLive(message);
  return aligned === message ? notBeforeNewest(message, ctx.store) : aligned;
}

export function handleFrame(data: unknown, ctx: InboundContext): void {
  const frame = parseServerFrame(data, ctx.clock.now());
  switch (frame.kind) {
    case 'dropped':
      ctx.store.setState((s) => ({ droppedFrames: s.droppedFrames + 1 }));
      ctx.diagnose({ kind: 'frame-dropped', reason: frame.reason });
      return;
    case 'ack':
      ctx.outbox.ack(frame.replyto);
      return;
    case 'nack':
      ctx.outbox.reject(frame.replyto, `Not delivered: ${frame.reason}`);
      return;
    case 'notice':
      ctx.store.setState({ notice: { type: frame.type, message: frame.message, at: ctx.clock.now() } });
      ctx.diagnose({ kind: 'platform-notice', type: frame.type, message: frame.message });
      return;
    case 'receipt':
      if (frame.clientMessageId !== 'all') ctx.outbox.ack(frame.clientMessageId);
      ctx.agent.receipt(frame.status, frame.clientMessageId);
      return;
    case 'agent-presence':
      ctx.agent.presence(frame.connected, frame.agent, frame.at);
      return;
    case 'user': {
      // This tab's own message echoed back proves the platform has it; another tab's is shown as ours.
      ctx.outbox.ack(frame.message.id);
      ctx.merge([placed(frame.message, ctx)]);
      return;
    }
    case 'bot': {
      if (frame.holdTyping) ctx.typing.hold();
      else ctx.typing.off();
      if (!frame.message) return;
      if (ctx.store.getState().notice) ctx.store.setState({ notice: null });
      const added = ctx.merge([placed(frame.message, ctx)]);
      for (const message of added) {
        if (message.from === 'bot' || message.from === 'agent') ctx.store.setState((s) => ({ unread: s.unread + 1 }));
        if (message.from === 'agent' && !message.streaming) ctx.agent.received(message);
        ctx.emit('message', message);
      }
      return;
    }
    case 'agent-typing':
      // With a person connected it is theirs; before that, Kore's top-level typing frames hold the bot's.
      if (ctx.agent.agentTyping(frame.typing)) return;
      if (frame.typing) ctx.typing.hold();
      else ctx.typing.off();
      return;
    case 'pong':
    case 'status':
      return;
  }
}
