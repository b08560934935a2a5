import { EventEmitter } from 'eventemitter3';
import type { TrackSource } from './signaling/protocol.js';

/** Events of one participant, for a view that shows just that person. */
export interface ParticipantEvents {
  /**
   * The name, a muted flag, a raised hand, the speaking state or the set of tracks changed.
   * Read the getters for the new state.
   */
  updated: () => void;
}

/**
 * Someone in the call: you ({@link LocalParticipant}) or another person ({@link RemoteParticipant}).
 */
export abstract class Participant extends EventEmitter<ParticipantEvents, never> {
  /** Camera video and microphone audio together: set it as a `<video>`'s `srcObject`. */
  readonly cameraStream: MediaStream = new MediaStream();
  /** The shared screen (and its sound, if shared), while this participant shares one. */
  readonly screenStream: MediaStream = new MediaStream();
  /** Whether this is the person using this page. */
  abstract readonly isLocal: boolean;

  protected readonly trackMap = new Map<TrackSource, MediaStreamTrack>();
  private level = 0;
  private talking = false;

  /** This participant's id in the room (for the local participant: empty until joined). */
  abstract get id(): string;
  /** Display name, plain text. */
  abstract get name(): string;
  /** True when no microphone audio is going out. */
  abstract get microphoneMuted(): boolean;
  /** True when no camera video is going out. */
  abstract get cameraMuted(): boolean;
  /** True while this participant has a hand raised. */
  abstract get handRaised(): boolean;

  /** The participant's current tracks by source. */
  get tracks(): ReadonlyMap<TrackSource, MediaStreamTrack> {
    return this.trackMap;
  }

  /** True while this participant shares a screen. */
  get screenSharing(): boolean {
    return this.trackMap.has('screen');
  }

  /**
   * How loud the microphone is right now, 0 (silent) to 1 (RFC 6464 levels), sampled ten
   * times a second while the session is joined. Read it when drawing; `updated` does not fire
   * for it. Another participant's level is read from the audio being played (as `<rtc-video>`
   * does): browsers decode received audio only while something plays it.
   */
  get audioLevel(): number {
    return this.level;
  }

  /**
   * Whether the participant is speaking. It turns on at once and off only after a moment of
   * quiet, so it does not flicker between words; `updated` fires when it changes.
   */
  get speaking(): boolean {
    return this.talking;
  }

  /** @internal Set by the session's speaking detector. */
  setAudioLevel(level: number, speaking: boolean): void {
    this.level = level;
    if (speaking === this.talking) return;
    this.talking = speaking;
    this.emit('updated');
  }

  /** Puts a track in place of the one of the same source, keeping the streams in step. */
  protected setTrack(source: TrackSource, track: MediaStreamTrack | null): void {
    const previous = this.trackMap.get(source);
    if (previous === track) return;
    const stream = source === 'camera' || source === 'microphone' ? this.cameraStream : this.screenStream;
    if (previous) {
      this.trackMap.delete(source);
      stream.removeTrack(previous);
    }
    if (track) {
      this.trackMap.set(source, track);
      stream.addTrack(track);
    }
  }
}
