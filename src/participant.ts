import { EventEmitter } from 'eventemitter3';
import type { TrackSource } from './signaling/protocol.js';

/** Events of one participant, for a view that shows just that person. */
export interface ParticipantEvents {
  /** The name, a muted flag, or the set of tracks changed. Read the getters for the new state. */
  updated: () => void;
}

/**
 * Someone in the call: you ({@link LocalParticipant}) or another person ({@link RemoteParticipant}).
 */
export abstract class Participant extends EventEmitter<ParticipantEvents, never> {
  /** Camera video and microphone audio together: set it as a `<video>`'s `srcObject`. */
  readonly cameraStream: MediaStream = new MediaStream();
  /** Whether this is the person using this page. */
  abstract readonly isLocal: boolean;

  protected readonly trackMap = new Map<TrackSource, MediaStreamTrack>();

  /** This participant's id in the room (for the local participant: empty until joined). */
  abstract get id(): string;
  /** Display name, plain text. */
  abstract get name(): string;
  /** True when no microphone audio is going out. */
  abstract get microphoneMuted(): boolean;
  /** True when no camera video is going out. */
  abstract get cameraMuted(): boolean;

  /** The participant's current tracks by source. */
  get tracks(): ReadonlyMap<TrackSource, MediaStreamTrack> {
    return this.trackMap;
  }

  /** Puts a track in place of the one of the same source, keeping `cameraStream` in step. */
  protected setTrack(source: TrackSource, track: MediaStreamTrack | null): void {
    const previous = this.trackMap.get(source);
    if (previous === track) return;
    if (previous) {
      this.trackMap.delete(source);
      if (source === 'camera' || source === 'microphone') this.cameraStream.removeTrack(previous);
    }
    if (track) {
      this.trackMap.set(source, track);
      if (source === 'camera' || source === 'microphone') this.cameraStream.addTrack(track);
    }
  }
}
