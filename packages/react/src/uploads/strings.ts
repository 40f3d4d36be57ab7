import { useChatI18n } from '../i18n/context';
import type { UploadStrings } from '../i18n/types';

/**
 * The upload parts' strings in English. They live here, not in the main English bundle, so a window without uploads
 * carries none of them; the other languages' bundles (ar, fr, es, de) translate them, and `messages` overrides them.
 */
export const uploadStringsEn: UploadStrings = {
  attachFile: 'Attach a file',
  uploadsLabel: 'Files being sent',
  uploadProgress: 'Uploading {name}',
  uploadPercent: '{percent}%',
  uploadFailed: '{name} was not sent.',
  uploadRefusedType: '{name} is not a type this chat accepts. Choose another file.',
  uploadRefusedSize: '{name} is too large. Choose a smaller file.',
  uploadRefusedEmpty: '{name} is empty. Choose another file.',
  uploadLost: '{name} was still uploading when the page closed. Attach it again.',
  cancelUpload: 'Cancel {name}',
  removeUpload: 'Remove {name}',
  retryUpload: 'Try {name} again',
  dropFiles: 'Drop files here to send them',
};

/** The upload strings in force: the locale bundle's translation, else English, with `messages` overrides. */
export function useUploadStrings(): UploadStrings {
  const { strings } = useChatI18n();
  const out = { ...uploadStringsEn };
  for (const key of Object.keys(out) as (keyof UploadStrings)[]) {
    const value = strings[key];
    if (typeof value === 'string' && value) out[key] = value;
  }
  return out;
}
