// Kore widgets that only some bots send: one lazy chunk, loaded the first time a message needs one of them.
export { install } from './deps';
export { BankingFeedbackTemplate } from './BankingFeedbackTemplate';
export { ClockTemplate, toKoreTime } from './ClockTemplate';
export { IframeTemplate } from './IframeTemplate';
export { InlineFormTemplate } from './InlineFormTemplate';
export { LikeDislikeTemplate } from './LikeDislikeTemplate';
export { OtpTemplate } from './OtpTemplate';
export { ResetPinTemplate } from './ResetPinTemplate';
export { WelcomeQuickReplies } from './WelcomeQuickReplies';
