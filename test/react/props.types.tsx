// Type test, checked by `tsc` in `npm run lint`: the React components' props and `onRtc…`
// handlers are typed from the elements and their event classes. Each @ts-expect-error fails
// the build if the components accept it.
import { useRef } from 'react';
import {
  RtcChat,
  RtcControls,
  RtcDeviceSelect,
  RtcLayout,
  RtcLeaveButton,
  RtcPrejoin,
  RtcRoom,
  RtcVideo,
} from '../../react/index.js';
import type { MediaRequest, RtcErrorCode, Session } from '../../src/index.js';
import {
  RtcPrejoin as RtcPrejoinElement,
  type RtcPanel,
  type RtcRoom as RtcRoomElement,
} from '../../components/index.js';

export function Typed({ session }: { session: Session }) {
  const ref = useRef<RtcRoomElement>(null);
  return (
    <>
      <RtcRoom
        ref={ref}
        room="standup"
        signaling="ws://localhost:8080/"
        name="Ada"
        relayOnly
        className="call"
        onRtcParticipantJoined={(event) => event.detail.participant.name satisfies string}
        onRtcError={(event) => event.detail.error.code satisfies RtcErrorCode}
        onRtcChatMessageAdded={(event) => event.detail.message.text satisfies string}
      />
      <RtcRoom session={session}>
        <RtcVideo participant={session.localParticipant} noMirror />
        <RtcChat />
      </RtcRoom>
      {/* @ts-expect-error room is a string */}
      <RtcRoom room={1} />
      {/* @ts-expect-error the room fires no such event */}
      <RtcRoom onRtcNoSuchThing={() => undefined} />
      {/* @ts-expect-error the handler gets the joined event, whose detail has no message */}
      <RtcRoom onRtcParticipantJoined={(event) => event.detail.message} />
      {/* @ts-expect-error currentSession is read-only */}
      <RtcRoom currentSession={session} />
      {/* @ts-expect-error a video fires no session events */}
      <RtcVideo onRtcParticipantJoined={() => undefined} />

      {/* The elements beyond the room: their properties, and their own events. */}
      <RtcPrejoin
        name="Ada"
        noRemember
        onRtcPrejoinJoin={(event) => {
          event.detail.audio satisfies MediaRequest | false;
          RtcPrejoinElement.sessionOptions(event.detail).name satisfies string;
        }}
      />
      <RtcRoom session={session}>
        <RtcLayout
          layout="speaker"
          onRtcPinnedChanged={(event) => event.detail.pinned satisfies string | undefined}
        />
        <RtcControls
          slot="controls"
          people="off"
          chatOpen
          shortcuts={{ microphone: 'Mod+M', camera: 'Mod+E', pushToTalk: '' }}
          onRtcPanelToggle={(event) => event.detail.panel satisfies RtcPanel}
          onRtcRequestLeave={(event) => {
            event.preventDefault();
            return event.detail.session satisfies Session;
          }}
          onRtcError={(event) => event.detail.error.code satisfies RtcErrorCode}
        />
      </RtcRoom>
      <RtcLeaveButton session={session} onRtcRequestLeave={(event) => event.cancelable satisfies boolean} />
      <RtcDeviceSelect kind="camera" onRtcError={(event) => event.detail.error.message satisfies string} />
      {/* @ts-expect-error the prejoin fires no session events */}
      <RtcPrejoin onRtcParticipantJoined={() => undefined} />
      {/* @ts-expect-error the toolbar's panel event has no participant */}
      <RtcControls onRtcPanelToggle={(event) => event.detail.participant} />
      {/* @ts-expect-error chatOpen is a boolean */}
      <RtcControls chatOpen="yes" />
      {/* @ts-expect-error a device select lists a camera, microphone or speaker */}
      <RtcDeviceSelect kind="printer" />
      {/* @ts-expect-error a layout is grid or speaker */}
      <RtcLayout layout="mosaic" />
    </>
  );
}
