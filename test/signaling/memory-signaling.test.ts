import { MemorySignalingHub, createMemorySignaling } from '../../src/index.js';
import { runSignalingConformance } from './conformance.js';

runSignalingConformance('memory', () => {
  const hub = new MemorySignalingHub();
  return () => createMemorySignaling({ hub });
});
