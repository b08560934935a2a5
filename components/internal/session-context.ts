import { createContext } from '@lit/context';
import type { Session } from '../../src/index.js';

/** How `<rtc-room>` hands its session to the elements inside it. */
export const sessionContext = createContext<Session | undefined>(Symbol('rtc-elements-session'));
