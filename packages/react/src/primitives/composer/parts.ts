// `Composer.*`: the parts of the composer. `<Composer.Root>` holds the draft (controlled or not).
export { ComposerRoot as Root } from './ComposerRoot';
export { ComposerInput as Input } from './ComposerInput';
export { ComposerSend as Send } from './ComposerSend';
export { ComposerAttachments as Attachments } from './ComposerAttachments';
export { ComposerAttach as Attach } from '../../uploads/ComposerAttach';
