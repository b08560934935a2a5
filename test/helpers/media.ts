import { until } from './events.js';

/**
 * Resolves once `video` has presented at least `frames` new frames (seen through
 * requestVideoFrameCallback), proving that pictures arrive and keep arriving.
 */
export async function framesArrive(video: HTMLVideoElement, frames = 3, timeoutMs = 15_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let first: number | undefined;
    const timer = setTimeout(
      () => reject(new Error(`fewer than ${frames} video frames within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onFrame = (_now: number, metadata: VideoFrameCallbackMetadata): void => {
      first ??= metadata.presentedFrames;
      if (metadata.presentedFrames - first >= frames - 1) {
        clearTimeout(timer);
        resolve();
      } else {
        video.requestVideoFrameCallback(onFrame);
      }
    };
    video.requestVideoFrameCallback(onFrame);
    video.play().catch(() => undefined);
  });
}

/** Shows `track` in a muted, detached-from-layout `<video>` and waits for its frames. */
export async function trackShowsFrames(track: MediaStreamTrack, frames = 3): Promise<void> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.style.cssText = 'position:fixed;width:64px;height:48px;opacity:0;pointer-events:none';
  document.body.append(video);
  video.srcObject = new MediaStream([track]);
  try {
    await framesArrive(video, frames);
  } finally {
    video.srcObject = null;
    video.remove();
  }
}

/** Resolves once a remote track carries media: browsers unmute it when the first packets arrive. */
export async function trackIsLive(track: MediaStreamTrack, timeoutMs = 15_000): Promise<void> {
  await until(
    () => track.readyState === 'live' && !track.muted,
    `${track.kind} track to receive media`,
    timeoutMs,
  );
}

/**
 * A video track painted from a canvas that changes every 50 ms, for a second video source
 * (such as a screen share) beside the fake camera. Stop the track to stop painting.
 */
export function canvasTrack(): MediaStreamTrack {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  const context = canvas.getContext('2d')!;
  let frame = 0;
  const paint = (): void => {
    frame += 1;
    context.fillStyle = `hsl(${(frame * 7) % 360} 80% 50%)`;
    context.fillRect(0, 0, canvas.width, canvas.height);
  };
  paint();
  const timer = setInterval(paint, 50);
  const [track] = canvas.captureStream(20).getVideoTracks();
  const stop = track!.stop.bind(track);
  track!.stop = () => {
    clearInterval(timer);
    stop();
  };
  return track!;
}
