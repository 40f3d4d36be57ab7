import { createChatClient, type ChatClient } from '@xo-chat/core';
import { demoIdentity } from './identity';
import { jwtFetcher } from './jwt';
import type { DemoSettings } from './settings';

export function createDemoClient(settings: DemoSettings): ChatClient {
  return createChatClient({
    apiHost: settings.apiHost,
    botInfo: { chatBot: settings.botName, taskBotId: settings.botId },
    getJwt: jwtFetcher(settings.jwtUrl, demoIdentity()),
  });
}
