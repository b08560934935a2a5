// How every test launches Debian's Firefox ESR: headless, through puppeteer-core over WebDriver
// BiDi (no geckodriver, no browser download), with its fake camera and microphone, and WebRTC
// working on a loopback-only network. Why each pref is here: ../shared/notes/browser-testing.md.
import { existsSync } from 'node:fs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxPrefs = {
  'media.navigator.streams.fake': true, // a synthetic camera and microphone
  'media.navigator.permission.disabled': true, // no camera/microphone prompt
  // "The page has media permission": without it Firefox gathers ICE candidates only on the
  // default-route address, and none at all on a loopback-only network.
  'permissions.default.camera': 1,
  'permissions.default.microphone': 1,
  'media.peerconnection.ice.loopback': true, // 127.0.0.1 candidates
  'media.peerconnection.ice.obfuscate_host_addresses': false, // raw IPs instead of <uuid>.local
  'media.autoplay.default': 0, // allowed: remote video and audio play without a gesture
  'media.autoplay.blocking_policy': 0,
  'media.autoplay.block-webaudio': false, // Web Audio (the microphone level meter) runs without a gesture
};

/** Throws a clear error when Firefox is missing, instead of a launcher stack trace. */
export function requireFirefox() {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `Firefox was not found at ${firefoxPath}. Install Debian's package (apt-get install firefox-esr), ` +
        'run scripts/install-test-deps.sh as root, or set FIREFOX_PATH.',
    );
  }
  return firefoxPath;
}

/** puppeteer-core launch options for headless Firefox (`puppeteer.launch(firefoxLaunchOptions())`). */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  };
}
