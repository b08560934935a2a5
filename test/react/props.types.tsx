// Type test, checked by `tsc` in `npm run lint`: the React components' props and `onRtc…`
// handlers are typed from the elements and their event classes. Each @ts-expect-error fails
// the build if the components accept it.
import { useRef } from 'react';
import { RtcChat, RtcRoom, RtcVideo } from '../../react/index.js';
import type { RtcErrorCode, Session } from '../../src/index.js';
import type { RtcRoom as RtcRoomElement } from '../../components/index.js';

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
    </>
  );
}
