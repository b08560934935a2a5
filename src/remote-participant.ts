import { Participant } from './participant.js';
import type { ParticipantInfo, TrackSource } from './signaling/protocol.js';
import type { PeerConnectionState } from './transport/transport.js';

/** Another person in the call, as they announced themselves. */
export class RemoteParticipant extends Participant {
  readonly isLocal = false;

  private current: ParticipantInfo;
  private connection: PeerConnectionState = 'new';
  /** Tracks whose stream this participant has not labelled yet (its `update` is on the way). */
  private readonly unlabelled = new Map<MediaStreamTrack, string>();

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

  /**
   * @internal Applies a `hello` or `update`. Returns the tracks that the new stream labels
   * made known, so the session can announce them.
   */
  applyInfo(info: ParticipantInfo): Array<{ track: MediaStreamTrack; source: TrackSource }> {
    this.current = info;
    const labelled = [];
    for (const [track, streamId] of [...this.unlabelled]) {
      const source = this.sourceOf(track, streamId);
      if (!source) continue;
      this.unlabelled.delete(track);
      this.setTrack(source, track);
      labelled.push({ track, source });
    }
    this.emit('updated');
    return labelled;
  }

  /**
   * @internal A track arrived in the stream `streamId`. Returns its source, or undefined when
   * the participant has not said yet what that stream is.
   */
  addTrack(track: MediaStreamTrack, streamId: string): TrackSource | undefined {
    const source = this.sourceOf(track, streamId);
    if (!source) {
      this.unlabelled.set(track, streamId);
      return undefined;
    }
    this.setTrack(source, track);
    this.emit('updated');
    return source;
  }

  /** @internal The participant left: end its tracks so nothing shows a frozen picture. */
  end(): void {
    for (const track of [...this.unlabelled.keys(), ...this.trackMap.values()]) track.stop();
    this.unlabelled.clear();
    for (const source of [...this.trackMap.keys()]) this.setTrack(source, null);
    this.emit('updated');
  }

  private sourceOf(track: MediaStreamTrack, streamId: string): TrackSource | undefined {
    const stream = this.current.streams[streamId];
    if (stream === 'camera') return track.kind === 'video' ? 'camera' : 'microphone';
    if (stream === 'screen') return track.kind === 'video' ? 'screen' : 'screen-audio';
    return undefined;
  }
}
