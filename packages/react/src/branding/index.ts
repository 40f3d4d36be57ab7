export { useBranding } from './useBranding';
export type { BrandedWindow, BrandingInput } from './useBranding';
export { readBranding } from './read-branding';
export type { BrandingReading } from './read-branding';
export { brandingPath, brandingQuery, brandingQueryKey } from './query';
export { ChatQueryClientContext, useChatQueryClient } from './query-client';
export { BrandingWelcome } from './BrandingWelcome';
export type { Branding, BrandingOption, BrandingWelcomeText, KoreBrandingDocument } from './types';
