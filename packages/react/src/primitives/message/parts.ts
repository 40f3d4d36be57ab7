// `Message.*`: the parts of one message. `<Message.Root message={m}>` holds it for the parts inside.
export { MessageRoot as Root } from './MessageRoot';
export { MessageAvatar as Avatar } from './MessageAvatar';
export { MessageAuthor as Author } from './MessageAuthor';
export { MessageBubble as Bubble } from './MessageBubble';
export { MessageContent as Content } from './MessageContent';
export { MessageTime as Time } from './MessageTime';
export { MessageStatus as Status } from './MessageStatus';
export { SessionEventLine as EventLine } from './SessionEventLine';
