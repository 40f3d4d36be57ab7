// The conversation with a person from the agent desk: who is connected, their typing, the session timeline, and
// the receipts and typing events the client owes them. Nothing is sent while only the bot is in the conversation.
import type { ClientEventFrame } from '../protocol';
import { updateMessage } from '../store/store';
import type { BotInfo, ChatStore, Clock, LiveAgentState, Message, Participant, ReadReceipt, SessionEventType } from '../types';
import { hash } from '../util/json';
import { sameParticipant } from './participant';

/** An agent's typing indicator goes away by itself if their `stoptyping` never comes. */
const AGENT_TYPING_CAP_MS = 20_000;
/** The user counts as stopped after this long without a keystroke. */
const USER_IDLE_MS = 3_000;
/** While the user keeps typing, `typing` is said again at most this often (a desk may time it out). */
const USER_TYPING_REPEAT_MS = 5_000;
/** Read receipts wait this long to go out together. */
const READ_BATCH_MS = 300;
/** A timeline event older than this (an agent_connected repeated after a reload) is not announced. */
const RECENT_MS = 30_000;
/** More unread agent messages than this are reported read in one frame without a `messageId`. */
const READ_ONE_BY_ONE = 5;

const EVENT_TEXT: Record<SessionEventType, (name: string) => string> = {
  'agent-joined': (name) => `${name || 'An agent'} joined the chat`,
  'agent-transferred': (name) => `You were transferred to ${name || 'another agent'}`,
  'agent-left': (name) => `${name || 'The agent'} left the chat`,
};

export interface AgentSessionDeps {
  clock: Clock;
  store: ChatStore;
  botInfo: BotInfo;
  merge: (messages: Message[]) => Message[];
  /** Writes a frame when the socket is open; these events are not worth queueing. */
  send: (data: string) => boolean;
  /** A timeline line that just happened (emitted as a live `message`, for screen readers). */
  announce?: (message: Message) => void;
}

export interface AgentSession {
  /** `agent_connected` / `agent_disconnected`. */
  presence(connected: boolean, agent: Participant | undefined, at: number): void;
  /** The agent's typing; false when no agent is connected (then it is the bot's). */
  agentTyping(typing: boolean): boolean;
  /** An agent message arrived live: it is reported delivered, and read once `markRead` says it was seen. */
  received(message: Message): void;
  /** The desk's receipt for a user message, or for all of them (`'all'`). */
  receipt(status: ReadReceipt, clientMessageId: string): void;
  markRead(): void;
  userTyping(typing: boolean): void;
  /** The socket closed: whatever was said about typing is void. */
  disconnected(): void;
  /** A new user on this client, or the client stopped. */
  reset(): void;
}

export function createAgentSession(deps: AgentSessionDeps): AgentSession {
  const { clock, store } = deps;
  const get = store.getState;
  let seq = 0;
  let agentTypingTimer: unknown = null;
  let idleTimer: unknown = null;
  let readTimer: unknown = null;
  let typingSentAt: number | null = null;
  let unreadIds: string[] = [];

  const clear = (timer: unknown) => {
    if (timer !== null) clock.clearTimeout(timer);
    return null;
  };
  const setAgent = (liveAgent: LiveAgentState | null) => store.setState({ liveAgent });
  const sendEvent = (event: ClientEventFrame['event'], messageId?: string) => {
    const frame: ClientEventFrame = {
      event,
      message: { body: '', type: '' },
      resourceid: '/bot.message',
      botInfo: deps.botInfo,
      id: `ev-${clock.now().toString(36)}-${(seq += 1)}`,
    };
    if (messageId) frame.messageId = messageId;
    return deps.send(JSON.stringify(frame));
  };

  const timeline = (type: SessionEventType, agent: Participant, at: number) => {
    const text = EVENT_TEXT[type](agent.name);
    // Derived from the event itself, so the platform repeating it (a reconnect, a reload) shows it once.
    const id = `evt-${type}-${at}-${hash(agent.id ?? agent.name)}`;
    const added = deps.merge([{ id, from: 'system', createdAt: at, parts: [{ type: 'text', text }], event: { type, agent } }]);
    // A repeat after a reload is placed back in time, not news.
    if (clock.now() - at < RECENT_MS) for (const m of added) deps.announce?.(m);
  };

  const stopAgentTyping = () => {
    agentTypingTimer = clear(agentTypingTimer);
    const live = get().liveAgent;
    if (live?.typing) setAgent({ ...live, typing: false });
  };

  const stopUserTyping = () => {
    idleTimer = clear(idleTimer);
    if (typingSentAt !== null && get().liveAgent) sendEvent('stop_typing');
    typingSentAt = null;
  };

  const flushReads = () => {
    readTimer = null;
    if (!get().liveAgent || unreadIds.length === 0) return;
    const ids = unreadIds;
    unreadIds = [];
    if (ids.length > READ_ONE_BY_ONE) sendEvent('message_read');
    else for (const id of ids) sendEvent('message_read', id);
  };

  return {
    presence(connected, agent, at) {
      const live = get().liveAgent;
      if (!connected) {
        if (!live) return;
        stopAgentTyping();
        stopUserTyping();
        unreadIds = [];
        setAgent(null);
        timeline('agent-left', agent ?? live.agent, at);
        return;
      }
      const who = agent ?? live?.agent ?? { name: '' };
      if (live && sameParticipant(live.agent, who)) return;
      setAgent({ agent: who, since: at, typing: false });
      timeline(live ? 'agent-transferred' : 'agent-joined', who, at);
    },
    agentTyping(typing) {
      const live = get().liveAgent;
      if (!live) return false;
      agentTypingTimer = clear(agentTypingTimer);
      if (typing) agentTypingTimer = clock.setTimeout(stopAgentTyping, AGENT_TYPING_CAP_MS);
      if (live.typing !== typing) setAgent({ ...live, typing });
      return true;
    },
    received(message) {
      let live = get().liveAgent;
      // A platform that never says agent_connected still has an agent once one writes.
      if (!live && message.author) setAgent((live = { agent: message.author, since: message.createdAt, typing: false }));
      if (!live) return;
      stopAgentTyping();
      sendEvent('message_delivered', message.id);
      unreadIds.push(message.id);
    },
    receipt(status, clientMessageId) {
      const rank = (r: ReadReceipt | undefined) => (r === 'read' ? 2 : r === 'delivered' ? 1 : 0);
      const mark = (m: Message): Message => (rank(m.receipt) >= rank(status) ? m : { ...m, receipt: status });
      const messages = get().messages;
      if (clientMessageId === 'all') {
        const next = messages.map((m) => (m.from === 'user' && m.status !== 'failed' ? mark(m) : m));
        if (next.some((m, i) => m !== messages[i])) store.setState({ messages: next });
        return;
      }
      const updated = updateMessage(messages, clientMessageId, (m) => (m.from === 'user' ? mark(m) : m));
      if (updated !== messages) store.setState({ messages: updated });
    },
    markRead() {
      if (unreadIds.length > 0 && readTimer === null) readTimer = clock.setTimeout(flushReads, READ_BATCH_MS);
    },
    userTyping(typing) {
      if (!typing || !get().liveAgent) return stopUserTyping();
      idleTimer = clear(idleTimer);
      idleTimer = clock.setTimeout(stopUserTyping, USER_IDLE_MS);
      const now = clock.now();
      if (typingSentAt !== null && now - typingSentAt < USER_TYPING_REPEAT_MS) return;
      if (sendEvent('typing')) typingSentAt = now;
    },
    disconnected() {
      idleTimer = clear(idleTimer);
      typingSentAt = null;
      stopAgentTyping();
    },
    reset() {
      idleTimer = clear(idleTimer);
      readTimer = clear(readTimer);
      typingSentAt = null;
      unreadIds = [];
      stopAgentTyping();
      if (get().liveAgent) setAgent(null);
    },
  };
}
