import type { BotRecord, ClientRecord } from './options.js';

/** The port the CLI listens on when none is given. */
export const DEFAULT_PORT = 3917;

/** The demo client app registered on every platform. Its secret is for development only. */
export const DEMO_CLIENT_ID = 'cs-xo-demo-client';
export const DEMO_CLIENT_SECRET = 'xo-demo-secret-for-local-development-only';

/** The demo bot registered on every platform. */
export const DEMO_BOT = { chatBot: 'XO Demo', taskBotId: 'st-xo-demo' } as const;

/** The audience Kore's samples put in the JWT; the default accepted and signed audience. */
export const DEMO_AUDIENCE = 'https://idproxy.kore.com/authorize';

/** The identity the dev JWT endpoint signs for when none is given. */
export const DEMO_IDENTITY = 'demo-user@xo-chat.local';

export const DEMO_CLIENT: ClientRecord = { clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET };
export const DEMO_BOT_RECORD: BotRecord = { name: DEMO_BOT.chatBot, id: DEMO_BOT.taskBotId };

/** Frames larger than this close the socket with 1009. */
export const MAX_FRAME_BYTES = 64 * 1024;

/** Accounts and orgs are not modelled; every user belongs to this one. */
export const ACCOUNT_ID = '5c66514d09ab3565deb2e30a';
export const ORG_ID = 'o-xo-local-platform';
