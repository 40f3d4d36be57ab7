// `Thread.*`: the parts of the transcript. `<Thread.Root>` reads the conversation and holds the scroll state.
export { ThreadRoot as Root } from './ThreadRoot';
export { ThreadViewport as Viewport } from './ThreadViewport';
export { ThreadMessages as Messages } from './ThreadMessages';
export { ThreadEmpty as Empty } from './ThreadEmpty';
export { ThreadLoadOlder as LoadOlder } from './ThreadLoadOlder';
export { ThreadJumpToLatest as JumpToLatest } from './JumpToLatest';
export { LiveAnnouncer as Announcer } from './LiveAnnouncer';
export { DateSeparator } from './DateSeparator';
