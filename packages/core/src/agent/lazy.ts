// The live-agent session is downloaded on the first sign of a person (an agent frame, an agent message, a desk
// receipt): an app whose bot never hands off never loads it. Calls made while it loads run, in order, once it has.
import type { AgentSession, AgentSessionDeps } from './session';

export function lazyAgentSession(deps: AgentSessionDeps, report: (message: string) => void): AgentSession {
  let session: AgentSession | null = null;
  let queue: ((s: AgentSession) => void)[] | null = null;

  const load = (fn: (s: AgentSession) => void) => {
    if (session) return fn(session);
    if (!queue) {
      const waiting: ((s: AgentSession) => void)[] = (queue = []);
      import('./session').then(
        ({ createAgentSession }) => {
          const ready = (session = createAgentSession(deps));
          for (const call of waiting.splice(0)) call(ready);
        },
        (err: unknown) => report(`The live-agent code could not load: ${String(err)}`),
      );
    }
    queue.push(fn);
  };
  /** Only a session that exists (or is on its way) has anything to do. */
  const ifStarted = (fn: (s: AgentSession) => void) => {
    if (session || queue) load(fn);
  };

  return {
    presence: (connected, agent, at) => load((s) => s.presence(connected, agent, at)),
    agentTyping(typing) {
      if (session) return session.agentTyping(typing);
      if (!queue) return false;
      // Still loading after an agent_connected: the typing is the agent's.
      load((s) => s.agentTyping(typing));
      return true;
    },
    received: (message) => load((s) => s.received(message)),
    receipt: (status, id) => load((s) => s.receipt(status, id)),
    markRead: () => ifStarted((s) => s.markRead()),
    userTyping: (typing) => ifStarted((s) => s.userTyping(typing)),
    disconnected: () => ifStarted((s) => s.disconnected()),
    reset: () => ifStarted((s) => s.reset()),
  };
}
