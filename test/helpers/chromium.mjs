// How every test and benchmark launches Debian's Chromium: headless, with its fake camera
// and microphone, and WebRTC working on a loopback-only network.
// Why each flag is here: ../shared/notes/browser-testing.md.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--use-fake-ui-for-media-stream', // grants camera and microphone (and lets ICE use every interface)
  // Synthetic cameras to switch between and beeping microphones; the fake UI grants
  // getDisplayMedia too, with a synthetic 800×600 screen and audio. Of the three cameras,
  // fake_device_1 delivers a Y16 depth format that WebRTC cannot encode (the other side gets
  // no frames, with the bare API too); fake_device_2 is an MJPEG camera that works.
  '--use-fake-device-for-media-stream=device-count=3',
  '--autoplay-policy=no-user-gesture-required',
  '--allow-loopback-in-peer-connection', // 127.0.0.1 candidates on a loopback-only network
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/** Throws a clear error when Chromium is missing, instead of a launcher stack trace. */
export function requireChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install Debian's package (apt-get install chromium), ` +
        'run scripts/install-test-deps.sh as root, or set CHROME_PATH.',
    );
  }
  return chromiumPath;
}
