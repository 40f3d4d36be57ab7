// What a developer reads in the console when the bot's branding cannot be used. The window itself never
// shows it: it keeps the kit's own look.

const STOP = 'pass branding={false} to ChatWindow to stop asking for it';

export function brandingFailedWarning(botId: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `xo-chat: could not load the branding of bot ${botId} (${reason}). The window shows its default look. ` +
      `Check that the platform answers GET /api/websdkthemes/${botId}/activetheme for this bot, or ${STOP}.`
  );
}

export function brandingProblemsWarning(botId: string, problems: readonly string[], usable: boolean): string {
  const what = usable ? 'The rest of the branding applies' : 'The window shows its default look';
  return (
    `xo-chat: the branding of bot ${botId} has values the window cannot use: ${problems.join('; ')}. ${what}. ` +
      `Fix them in the bot's theme on the platform, or ${STOP}.`
  );
}
