import { AudioLevelMeter } from './media/audio-level.js';
import type { LocalParticipant } from './local-participant.js';
import type { Participant } from './participant.js';
import type { RemoteParticipant } from './remote-participant.js';
import type { Transport } from './transport/transport.js';

export interface SpeakingDetectorOptions {
  local: LocalParticipant;
  remote: () => Iterable<RemoteParticipant>;
  transport: () => Transport | undefined;
  activeSpeakerChanged: (participant: RemoteParticipant | undefined) => void;
}

/** How often levels are sampled. */
const INTERVAL_MS = 100;
/** Louder than this (about -38 dBov, quiet speech) starts speaking at once… */
const START_LEVEL = 0.012;
/** …and it ends only after this long below the quieter level, so it does not flicker between words. */
const STOP_LEVEL = 0.006;
const HOLD_MS = 800;

/**
 * Samples everyone's audio level, decides who is speaking (with hysteresis) and who the
 * active speaker is: the other participant who last started speaking, kept while they go on
 * speaking, so the speaker view does not jump between two people talking over each other.
 */
export class SpeakingDetector {
  private timer: ReturnType<typeof setInterval> | undefined;
  private meter: AudioLevelMeter | undefined;
  private readonly lastLoud = new WeakMap<Participant, number>();
  private active: RemoteParticipant | undefined;

  constructor(private readonly options: SpeakingDetectorOptions) {}

  /** The other participant who spoke last, if anyone has. */
  get activeSpeaker(): RemoteParticipant | undefined {
    return this.active;
  }

  start(): void {
    this.timer ??= setInterval(() => this.sample(), INTERVAL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.meter?.stop();
    this.meter = undefined;
    this.options.local.setAudioLevel(0, false);
    this.setActive(undefined);
  }

  /** Someone left: they are no longer the active speaker. */
  forget(participant: RemoteParticipant): void {
    if (this.active === participant) this.setActive(undefined);
  }

  private sample(): void {
    const now = performance.now();
    const { local } = this.options;
    this.judge(local, this.localLevel(), now);
    const transport = this.options.transport();
    let newSpeaker: RemoteParticipant | undefined;
    for (const participant of this.options.remote()) {
      const track = participant.tracks.get('microphone');
      const level =
        track && transport && !participant.microphoneMuted ? transport.audioLevel(participant.id, track) : 0;
      const wasSpeaking = participant.speaking;
      this.judge(participant, level, now);
      if (participant.speaking && !wasSpeaking) newSpeaker = participant;
    }
    if (newSpeaker && !this.active?.speaking) this.setActive(newSpeaker);
  }

  private localLevel(): number {
    const track = this.options.local.tracks.get('microphone');
    if (this.meter?.track !== track) {
      this.meter?.stop();
      this.meter = track ? new AudioLevelMeter(track) : undefined;
    }
    return this.meter?.level() ?? 0;
  }

  private judge(participant: Participant, level: number, now: number): void {
    if (level >= START_LEVEL || (participant.speaking && level >= STOP_LEVEL)) {
      this.lastLoud.set(participant, now);
    }
    const speaking = now - (this.lastLoud.get(participant) ?? -Infinity) < HOLD_MS;
    participant.setAudioLevel(level, speaking);
  }

  private setActive(participant: RemoteParticipant | undefined): void {
    if (participant === this.active) return;
    this.active = participant;
    this.options.activeSpeakerChanged(participant);
  }
}
