export { useBranding } from './useBranding';
export type { BrandedWindow, BrandingInput } from './useBranding';
// readBranding stays out: it is the lazy chunk, and a static export would pull it into the first bundle.
export { brandingPath, brandingQuery, brandingQueryKey } from './query';
export { ChatQueryClientContext, useChatQueryClient } from './query-client';
export { BrandingWelcome } from './BrandingWelcome';
export type { Branding, BrandingOption, BrandingWelcomeText, KoreBrandingDocument } from './types';
