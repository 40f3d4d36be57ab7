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
}

export interface FaultCounters {
  acksLost: number;
  acksDelayed: number;
  botResponsesDuplicated: number;
  rtmStartsRefused: number;
  socketsDropped: number;
  tokensExpired: number;
  restarts: number;
}

const initialSettings = (): FaultSettings => ({
  ackDelayMs: 0,
  loseNextAcks: 0,
  loseAckRatio: 0,
  duplicateBotResponses: false,
  refuseNextRtmStarts: 0,
  dropUserAfterFrames: {},
});

const initialCounters = (): FaultCounters => ({
  acksLost: 0,
  acksDelayed: 0,
  botResponsesDuplicated: 0,
  rtmStartsRefused: 0,
  socketsDropped: 0,
  tokensExpired: 0,
  restarts: 0,
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
