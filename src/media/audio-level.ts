let sharedContext: AudioContext | undefined;

/**
 * One context for every meter. Browsers may start it suspended until the person interacts
 * with the page (Firefox does even after a click that came before it was made): it is resumed
 * at once where allowed, else at the next click or key press, and meters read 0 until then.
 */
function createContext(): AudioContext {
  const context = new AudioContext();
  const resume = (): void => {
    if (context.state !== 'suspended') return;
    void context.resume().catch(() => undefined);
  };
  resume();
  for (const type of ['pointerdown', 'keydown'] as const) {
    globalThis.addEventListener?.(type, resume, { capture: true });
  }
  return context;
}

/**
 * Measures how loud a local audio track is, 0 (silent) to 1, with Web Audio: for your own
 * microphone in the call, and for the level meter before joining. (Received audio is measured
 * from the packets instead; see `PeerLink.audioLevel`.)
 *
 * @example
 * const meter = new AudioLevelMeter(track);
 * requestAnimationFrame(function draw() { bar.value = meter.level(); requestAnimationFrame(draw); });
 */
export class AudioLevelMeter {
  private readonly source: MediaStreamAudioSourceNode;
  private readonly analyser: AnalyserNode;
  private readonly samples: Float32Array<ArrayBuffer>;

  constructor(readonly track: MediaStreamTrack) {
    sharedContext ??= createContext();
    this.source = sharedContext.createMediaStreamSource(new MediaStream([track]));
    this.analyser = sharedContext.createAnalyser();
    this.analyser.fftSize = 1024;
    this.samples = new Float32Array(this.analyser.fftSize);
    this.source.connect(this.analyser);
  }

  /** The loudness now: the root mean square of the last ~20 ms, on the scale of RFC 6464 levels. */
  level(): number {
    if (!this.track.enabled || this.track.readyState === 'ended') return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) sum += sample * sample;
    return Math.min(1, Math.sqrt(sum / this.samples.length));
  }

  /** Stops measuring (the track itself keeps running). */
  stop(): void {
    this.source.disconnect();
  }
}
