export { createFakeChatClient, initialChatState } from './fake-client';
export type { FakeChatClient } from './fake-client';
