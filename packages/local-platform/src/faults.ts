/** What the fault API can switch on. All off by default; `reset()` puts them back. */
export interface FaultSettings {
  /** Every ack waits this long. */
  ackDelayMs: number;
  /** The next N acks are not sent (the message is still stored and answered). */
  loseNextAcks: number;
  /** Each ack is lost with this probability (0..1). */
  loseAckRatio: number;
  /** Each `bot_response` frame is sent twice. */
  duplicateBotResponses: boolean;
  /** The next N `rtm/start` calls get 503. */
  refuseNextRtmStarts: number;
  /** userId -> frames still to send before that user's sockets are terminated. */
  dropUserAfterFrames: Record<string, number>;
  /** The next N user messages (whose body contains `nackMatch`, when set) get `ack` with `ok: false`, unstored. */
  nackNext: number;
  nackReason: string;
  nackMatch: string;
  /** The next N user messages are acked and stored, then answered `{type: 'botKitUnreachable'}` instead of by the bot. */
  botKitUnreachableNext: number;
  /** Non-zero: an expired token is answered with this status and Kore's body `{errors: [{code: 'TOKEN_EXPIRED', msg: 'token expired'}]}`. */
  tokenExpiredStatus: number;
  /** Non-zero: frames per second a socket may send before it is closed with 1008 (overrides `rateLimitPerSecond`). */
  rateLimitPerSecond: number;
  /** Non-zero: the Nth upload chunk from now (counting every upload) is answered 500 and not stored. */
  failUploadChunk: number;
  /** The next N upload merges are answered 503 (the chunks stay, so a retried merge works). */
  failUploadMerges: number;
  /** Every upload chunk is answered this many ms late (to watch progress, or drop a socket mid-upload). */
  uploadChunkDelayMs: number;
}

export interface FaultCounters {
  acksLost: number;
  acksDelayed: number;
  botResponsesDuplicated: number;
  rtmStartsRefused: number;
  socketsDropped: number;
  tokensExpired: number;
  restarts: number;
  acksRefused: number;
  botKitUnreachable: number;
  socketsClosed: number;
  rateLimited: number;
  framesInjected: number;
  uploadChunksFailed: number;
  uploadMergesFailed: number;
}

const initialSettings = (): FaultSettings => ({
  ackDelayMs: 0,
  loseNextAcks: 0,
  loseAckRatio: 0,
  duplicateBotResponses: false,
  refuseNextRtmStarts: 0,
  dropUserAfterFrames: {},
  nackNext: 0,
  nackReason: '',
  nackMatch: '',
  botKitUnreachableNext: 0,
  tokenExpiredStatus: 0,
  rateLimitPerSecond: 0,
  failUploadChunk: 0,
  failUploadMerges: 0,
  uploadChunkDelayMs: 0,
});

const initialCounters = (): FaultCounters => ({
  acksLost: 0,
  acksDelayed: 0,
  botResponsesDuplicated: 0,
  rtmStartsRefused: 0,
  socketsDropped: 0,
  tokensExpired: 0,
  restarts: 0,
  acksRefused: 0,
  botKitUnreachable: 0,
  socketsClosed: 0,
  rateLimited: 0,
  framesInjected: 0,
  uploadChunksFailed: 0,
  uploadMergesFailed: 0,
});

/** Fault injection state. Every question returns "no fault" unless the platform was started with faults on. */
export class Faults {
  settings: FaultSettings = initialSettings();
  counters: FaultCounters = initialCounters();

  constructor(
    readonly enabled: boolean,
    private readonly random: () => number = Math.random,
  ) {}

  reset(): void {
    this.settings = initialSettings();
  }

  /** Decides, once per ack, whether it is lost. */
  shouldLoseAck(): boolean {
    if (!this.enabled) return false;
    if (this.settings.loseNextAcks > 0) {
      this.settings.loseNextAcks -= 1;
      this.counters.acksLost += 1;
      return true;
    }
    if (this.settings.loseAckRatio > 0 && this.random() < this.settings.loseAckRatio) {
      this.counters.acksLost += 1;
      return true;
    }
    return false;
  }

  ackDelayMs(): number {
    if (!this.enabled || this.settings.ackDelayMs <= 0) return 0;
    this.counters.acksDelayed += 1;
    return this.settings.ackDelayMs;
  }

  botResponseCopies(): number {
    if (!this.enabled || !this.settings.duplicateBotResponses) return 1;
    this.counters.botResponsesDuplicated += 1;
    return 2;
  }

  /** True when this `rtm/start` must be refused. */
  refuseRtmStart(): boolean {
    if (!this.enabled || this.settings.refuseNextRtmStarts <= 0) return false;
    this.settings.refuseNextRtmStarts -= 1;
    this.counters.rtmStartsRefused += 1;
    return true;
  }

  /** The reason to refuse this message with (`ack` with `ok: false`), or undefined to take it. */
  nackReason(body: string): string | undefined {
    const s = this.settings;
    if (!this.enabled || s.nackNext <= 0 || (s.nackMatch !== '' && !body.includes(s.nackMatch))) return undefined;
    s.nackNext -= 1;
    this.counters.acksRefused += 1;
    return s.nackReason || 'The bot refused this message.';
  }

  /** True when this message's answer is `botKitUnreachable` instead of the bot's. */
  botKitUnreachable(): boolean {
    if (!this.enabled || this.settings.botKitUnreachableNext <= 0) return false;
    this.settings.botKitUnreachableNext -= 1;
    this.counters.botKitUnreachable += 1;
    return true;
  }

  /** Counts an upload chunk; true when this one must fail. */
  failChunk(): boolean {
    if (!this.enabled || this.settings.failUploadChunk <= 0) return false;
    this.settings.failUploadChunk -= 1;
    if (this.settings.failUploadChunk > 0) return false;
    this.counters.uploadChunksFailed += 1;
    return true;
  }

  /** True when this upload merge must fail. */
  failMerge(): boolean {
    if (!this.enabled || this.settings.failUploadMerges <= 0) return false;
    this.settings.failUploadMerges -= 1;
    this.counters.uploadMergesFailed += 1;
    return true;
  }

  uploadChunkDelayMs(): number {
    return this.enabled ? this.settings.uploadChunkDelayMs : 0;
  }

  /** Counts a frame sent to a user; true when that user's sockets must be dropped now. */
  frameSentTo(userId: string): boolean {
    if (!this.enabled) return false;
    const left = this.settings.dropUserAfterFrames[userId];
    if (left === undefined) return false;
    if (left <= 1) {
      delete this.settings.dropUserAfterFrames[userId];
      return true;
    }
    this.settings.dropUserAfterFrames[userId] = left - 1;
    return false;
  }
}
