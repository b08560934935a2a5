import { RtcError } from '../errors.js';

export interface ScreenCapture {
  video: MediaStreamTrack;
  /** The shared tab's or screen's sound, where the browser and the person offered it. */
  audio: MediaStreamTrack | null;
}

/**
 * Asks the person to pick a screen, window or tab to share. Rejects with `permission-denied`
 * when they cancel the picker or the page may not share, `not-supported` when the browser
 * cannot share screens at all.
 */
export async function captureScreen(audio: boolean): Promise<ScreenCapture> {
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getDisplayMedia) {
    throw new RtcError('not-supported', 'This browser cannot share the screen', { device: 'screen' });
  }
  let stream: MediaStream;
  try {
    stream = await media.getDisplayMedia({ video: true, audio });
  } catch (cause) {
    const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      throw new RtcError('permission-denied', 'Screen sharing was cancelled or is not allowed', {
        cause,
        device: 'screen',
      });
    }
    throw new RtcError('media-failed', 'The screen could not be shared', { cause, device: 'screen' });
  }
  const [video] = stream.getVideoTracks();
  if (!video) throw new RtcError('media-failed', 'No screen picture was returned', { device: 'screen' });
  return { video, audio: stream.getAudioTracks()[0] ?? null };
}
