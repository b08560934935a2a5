/** A device the pre-join preview opens. */
export type PreviewDevice = 'camera' | 'microphone';

/** The camera size the preview (and so the call) asks for: as the core's default, 16:9 up to 720p. */
export const PREVIEW_VIDEO: MediaTrackConstraints = {
  width: { ideal: 1280 },
  height: { ideal: 720 },
  frameRate: { ideal: 30 },
};

/** The constraints for `device`, on the chosen device when there is one. */
export function previewConstraints(device: PreviewDevice, deviceId: string): MediaTrackConstraints {
  const chosen: MediaTrackConstraints = deviceId ? { deviceId: { exact: deviceId } } : {};
  return device === 'camera' ? { ...PREVIEW_VIDEO, ...chosen } : chosen;
}

/**
 * Opens one device for the preview. A device that was remembered but is gone (unplugged, or
 * another browser profile) falls back to the default one rather than failing. Rejects with
 * the browser's error (`NotAllowedError`, `NotFoundError`, …) when nothing can be opened.
 */
export async function openPreviewTrack(device: PreviewDevice, deviceId: string): Promise<MediaStreamTrack> {
  const media = globalThis.navigator?.mediaDevices;
  // mediaDevices is missing outside secure contexts (plain http on a non-local host).
  if (!media?.getUserMedia) throw new DOMException('Media needs a secure page', 'SecurityError');
  const open = async (id: string) => {
    const constraints = previewConstraints(device, id);
    const stream = await media.getUserMedia(
      device === 'camera' ? { video: constraints } : { audio: constraints },
    );
    const track = stream.getTracks()[0];
    if (!track) throw new DOMException(`No ${device} track`, 'NotFoundError');
    return track;
  };
  try {
    return await open(deviceId);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (deviceId && (name === 'OverconstrainedError' || name === 'NotFoundError')) return open('');
    throw error;
  }
}
