import { Participant } from './participant.js';
import type { ParticipantInfo, TrackSource } from './signaling/protocol.js';
import type { PeerConnectionState } from './transport/transport.js';

/** Tracks that a change of stream labels brought in or took away. */
export interface TrackChanges {
  added: Array<{ track: MediaStreamTrack; source: TrackSource }>;
  removed: Array<{ track: MediaStreamTrack; source: TrackSource }>;
}

/** Another person in the call, as they announced themselves. */
export class RemoteParticipant extends Participant {
  readonly isLocal = false;

  private current: ParticipantInfo;
  private connection: PeerConnectionState = 'new';
  /**
   * Every track received from this participant, with the id of the stream it came in. Which
   * of them are shown follows the participant's stream labels: a screen share that stops
   * loses its label, and one that starts again may reuse the same track.
   */
  private readonly received = new Map<MediaStreamTrack, string>();

  /** @internal Made by the session when someone says hello. */
  constructor(
    readonly id: string,
    info: ParticipantInfo,
  ) {
    super();
    this.current = info;
  }

  get name(): string {
    return this.current.name;
  }

  get microphoneMuted(): boolean {
    return this.current.microphoneMuted;
  }

  get cameraMuted(): boolean {
    return this.current.cameraMuted;
  }

  get handRaised(): boolean {
    return this.current.handRaised === true;
  }

  /** The role from their access token, when the server issues tokens with roles. */
  get role(): string | undefined {
    return this.current.role;
  }

  /** The state of the media connection to them (`connecting`, `connected`, `disconnected`, …). */
  get connectionState(): PeerConnectionState {
    return this.connection;
  }

  /** @internal */
  setConnectionState(state: PeerConnectionState): void {
    this.connection = state;
    this.emit('updated');
  }

  /** @internal Applies a `hello` or `update`; returns the tracks its stream labels added or removed. */
  applyInfo(info: ParticipantInfo): TrackChanges {
    this.current = info;
    const changes = this.relabel();
    this.emit('updated');
    return changes;
  }

  /**
   * @internal A track arrived in the stream `streamId`. Returns the tracks this shows or takes
   * away (nothing yet when the participant has not said what that stream is).
   */
  addTrack(track: MediaStreamTrack, streamId: string): TrackChanges {
    this.received.set(track, streamId);
    const changes = this.relabel();
    if (changes.added.length + changes.removed.length > 0) this.emit('updated');
    return changes;
  }

  /** @internal The participant left: end its tracks so nothing shows a frozen picture. */
  end(): void {
    for (const track of this.received.keys()) track.stop();
    this.received.clear();
    for (const source of [...this.trackMap.keys()]) this.setTrack(source, null);
    this.emit('updated');
  }

  /** Shows each received track under the source its stream is labelled with now. */
  private relabel(): TrackChanges {
    const changes: TrackChanges = { added: [], removed: [] };
    for (const [source, track] of [...this.trackMap]) {
      const streamId = this.received.get(track);
      if (streamId === undefined || this.sourceOf(track, streamId) !== source) {
        this.setTrack(source, null);
        changes.removed.push({ track, source });
      }
    }
    for (const [track, streamId] of this.received) {
      const source = this.sourceOf(track, streamId);
      if (!source || this.trackMap.get(source) === track) continue;
      this.setTrack(source, track);
      changes.added.push({ track, source });
    }
    return changes;
  }

  private sourceOf(track: MediaStreamTrack, streamId: string): TrackSource | undefined {
    const stream = this.current.streams[streamId];
    if (stream === 'camera') return track.kind === 'video' ? 'camera' : 'microphone';
    if (stream === 'screen') return track.kind === 'video' ? 'screen' : 'screen-audio';
    return undefined;
  }
}
