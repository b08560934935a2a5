import { RtcError, type RtcErrorCode } from '../errors.js';

/** `true` for the default device, `false` for none, or constraints for a particular one. */
export type MediaRequest = boolean | MediaTrackConstraints;

export interface CaptureResult {
  microphone: MediaStreamTrack | null;
  camera: MediaStreamTrack | null;
  /** One error per device that was asked for and could not be had. */
  errors: RtcError[];
}

/** Default camera constraints: a 16:9 picture at up to 720p. */
export const DEFAULT_VIDEO: MediaTrackConstraints = {
  width: { ideal: 1280 },
  height: { ideal: 720 },
  frameRate: { ideal: 30 },
};

/**
 * Opens the camera and the microphone, getting as much as it can: what asking for both does
 * not bring is asked for alone, so a person without a camera (or who blocked it) still joins
 * with the microphone. Never rejects; what failed is in `errors`.
 */
export async function captureLocalMedia(audio: MediaRequest, video: MediaRequest): Promise<CaptureResult> {
  const result: CaptureResult = { microphone: null, camera: null, errors: [] };
  if (!audio && !video) return result;
  try {
    const stream = await getUserMedia({ audio: audioConstraints(audio), video: videoConstraints(video) });
    result.microphone = stream.getAudioTracks()[0] ?? null;
    result.camera = stream.getVideoTracks()[0] ?? null;
  } catch (error) {
    if (!audio || !video) {
      result.errors.push(toMediaError(error, audio ? 'microphone' : 'camera'));
      return result;
    }
  }
  // Whatever is still missing is asked for alone: that either gets it or says why not. (Both
  // failing together hides which one is the problem, and Chromium answers a request for both
  // with audio only when a permissions policy blocks the camera.)
  const [microphone, camera] = await Promise.all([
    audio && !result.microphone ? captureOne('microphone', audio) : result.microphone,
    video && !result.camera ? captureOne('camera', video) : result.camera,
  ]);
  for (const [device, outcome] of [
    ['microphone', microphone],
    ['camera', camera],
  ] as const) {
    if (outcome instanceof RtcError) result.errors.push(outcome);
    else result[device] = outcome;
  }
  return result;
}

/** Opens one device; resolves with its track or with the error that explains why not. */
export async function captureOne(
  device: 'camera' | 'microphone',
  request: MediaRequest,
): Promise<MediaStreamTrack | RtcError> {
  try {
    const stream =
      device === 'camera'
        ? await getUserMedia({ video: videoConstraints(request) })
        : await getUserMedia({ audio: audioConstraints(request) });
    const track = stream.getTracks()[0];
    return track ?? new RtcError('device-not-found', `No ${device} track was returned`, { device });
  } catch (error) {
    return toMediaError(error, device);
  }
}

function audioConstraints(request: MediaRequest): MediaTrackConstraints | false {
  if (!request) return false;
  return request === true ? {} : request;
}

function videoConstraints(request: MediaRequest): MediaTrackConstraints | false {
  if (!request) return false;
  return request === true ? DEFAULT_VIDEO : request;
}

function getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
  // mediaDevices is missing outside secure contexts (plain http on a non-local host).
  if (!navigator.mediaDevices?.getUserMedia) {
    return Promise.reject(
      new RtcError('media-failed', 'Camera and microphone need a secure page (https or localhost)'),
    );
  }
  return navigator.mediaDevices.getUserMedia(constraints);
}

const CODES: Record<string, RtcErrorCode> = {
  NotAllowedError: 'permission-denied',
  SecurityError: 'permission-denied',
  NotFoundError: 'device-not-found',
  OverconstrainedError: 'device-not-found',
  NotReadableError: 'device-in-use',
  AbortError: 'device-in-use',
};

const EXPLANATIONS: Partial<Record<RtcErrorCode, string>> = {
  'permission-denied': 'access was denied',
  'device-not-found': 'no such device was found',
  'device-in-use': 'the device is in use or could not be started',
};

/** Turns a `getUserMedia` failure into an `RtcError` that says which device and why. */
export function toMediaError(error: unknown, device: 'camera' | 'microphone'): RtcError {
  if (error instanceof RtcError) {
    return new RtcError(error.code, error.message, { cause: error.cause, device });
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code = CODES[name] ?? 'media-failed';
  const why = EXPLANATIONS[code] ?? 'it could not be started';
  return new RtcError(code, `The ${device} could not be used: ${why}`, { cause: error, device });
}
