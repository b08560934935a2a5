import { createBroadcastChannelSignaling } from '../../src/index.js';
import { runSignalingConformance } from './conformance.js';

runSignalingConformance('broadcast-channel', () => {
  const channelPrefix = `conformance-${Math.random().toString(36).slice(2)}`;
  return () => createBroadcastChannelSignaling({ channelPrefix });
});
