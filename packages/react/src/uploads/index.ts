// File attachments for the composer: only apps that render these carry them (nothing here is in ChatWindow).
export { ComposerAttach } from './ComposerAttach';
export type { ComposerAttachProps } from './ComposerAttach';
export { UploadChips } from './UploadChips';
export type { UploadChipsProps } from './UploadChips';
export { uploadStringsEn, useUploadStrings } from './strings';
