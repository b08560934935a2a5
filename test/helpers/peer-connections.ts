/**
 * Records every RTCPeerConnection the page creates, so a leak test can check that each one
 * was closed. The recorded connections are the browser's own: this subclass only remembers them.
 */
export function recordPeerConnections(): { connections: RTCPeerConnection[]; restore: () => void } {
  const original = globalThis.RTCPeerConnection;
  const connections: RTCPeerConnection[] = [];
  globalThis.RTCPeerConnection = class extends original {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      connections.push(this);
    }
  };
  return { connections, restore: () => void (globalThis.RTCPeerConnection = original) };
}
