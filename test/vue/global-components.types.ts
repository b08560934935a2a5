// Type test, checked by `tsc` in `npm run lint`: Vue's GlobalComponents know the elements'
// props and events. Each @ts-expect-error fails the build if the augmentation accepts it.
import type { GlobalComponents } from 'vue';
import type { RtcPanel } from '../../components/index.js';
import type { MediaRequest, RtcErrorCode, Session } from '../../src/index.js';
import type {} from '../../vue/index.js';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export function typed(session: Session): Array<Props<keyof GlobalComponents & `rtc-${string}`>> {
  const room: Props<'rtc-room'> = {
    room: 'standup',
    signaling: 'ws://localhost:8080/',
    name: 'Ada',
    relayOnly: true,
    class: 'call',
    onRtcParticipantJoined: (event) => event.detail.participant.name satisfies string,
    onRtcError: (event) => event.detail.error.code satisfies RtcErrorCode,
  };
  const video: Props<'rtc-video'> = { participant: session.localParticipant, noMirror: true };
  const chat: Props<'rtc-chat'> = { session };
  // @ts-expect-error room is a string
  const wrongType: Props<'rtc-room'> = { room: 1 };
  // @ts-expect-error the room fires no such event
  const noSuchEvent: Props<'rtc-room'> = { onRtcNoSuchThing: () => undefined };
  // @ts-expect-error the handler gets the joined event, whose detail has no message
  const wrongEvent: Props<'rtc-room'> = { onRtcParticipantJoined: (event) => event.detail.message };
  // @ts-expect-error currentSession is read-only
  const readOnly: Props<'rtc-room'> = { currentSession: session };
  const prejoin: Props<'rtc-prejoin'> = {
    name: 'Ada',
    onRtcPrejoinJoin: (event) => event.detail.video satisfies MediaRequest | false,
  };
  const controls: Props<'rtc-controls'> = {
    people: 'off',
    chatOpen: true,
    onRtcPanelToggle: (event) => event.detail.panel satisfies RtcPanel,
    onRtcRequestLeave: (event) => event.preventDefault(),
  };
  const layout: Props<'rtc-layout'> = {
    onRtcPinnedChanged: (event) => event.detail.pinned satisfies string | undefined,
  };
  // @ts-expect-error the toolbar fires no session events
  const notAToolbarEvent: Props<'rtc-controls'> = { onRtcParticipantJoined: () => undefined };
  // @ts-expect-error the prejoin's event has no panel
  const wrongPrejoinEvent: Props<'rtc-prejoin'> = { onRtcPrejoinJoin: (event) => event.detail.panel };
  return [
    room,
    video,
    chat,
    wrongType,
    noSuchEvent,
    wrongEvent,
    readOnly,
    prejoin,
    controls,
    layout,
    notAToolbarEvent,
    wrongPrejoinEvent,
  ];
}
