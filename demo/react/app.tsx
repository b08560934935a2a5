// The React demo: a form to pick a name and a room, then the call (<RtcRoom> from
// rtc-elements/react, with <RtcControls> in its toolbar slot) beside a log of the events its
// onRtc… props receive. The toolbar's chat button shows and hides the room's chat, and its Leave
// button leaves by unmounting the call. It runs in <StrictMode>, and `npm run build` builds it
// in development mode, so React's double mount checks are on.
import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { RtcControls, RtcRoom } from 'rtc-elements/react';

// The page is served by the signaling server itself, so signaling is this page's own host.
const signaling = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/`;
const params = new URLSearchParams(location.search);

function Call({ room, name, onLeave }: { room: string; name: string; onLeave: () => void }) {
  const [log, setLog] = useState<string[]>([]);
  const [chatOpen, setChatOpen] = useState(true);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <>
      <RtcRoom
        room={room}
        name={name}
        signaling={signaling}
        // This app has its own join form and its own toolbar (below), so not the room's.
        prejoin="off"
        controls="off"
        chat={chatOpen ? 'on' : 'off'}
        onRtcStateChanged={(event) => note(`You are ${event.detail.state}`)}
        onRtcParticipantJoined={(event) => note(`${event.detail.participant.name} joined`)}
        onRtcParticipantLeft={(event) => note(`${event.detail.participant.name} left`)}
        onRtcChatMessageAdded={(event) => note(`${event.detail.message.name}: ${event.detail.message.text}`)}
        onRtcError={(event) => note(`Problem: ${event.detail.error.message}`)}
      >
        <RtcControls
          slot="controls"
          people="off"
          chatOpen={chatOpen}
          onRtcPanelToggle={(event) => {
            if (event.detail.panel !== 'chat') return;
            setChatOpen(event.detail.open);
            note(event.detail.open ? 'Chat shown' : 'Chat hidden');
          }}
          // Leave by unmounting <RtcRoom>, which ends its session, instead of the button's own leave.
          onRtcRequestLeave={(event) => {
            event.preventDefault();
            onLeave();
          }}
        />
      </RtcRoom>
      <aside>
        <h2>Events</h2>
        <ol aria-label="Events">
          {log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </aside>
    </>
  );
}

function App() {
  const [name, setName] = useState(params.get('name') ?? '');
  const [room, setRoom] = useState(params.get('room') ?? 'demo');
  const [joined, setJoined] = useState(false);
  const join = (event: FormEvent) => {
    event.preventDefault();
    setJoined(true);
  };
  if (joined) return <Call room={room} name={name} onLeave={() => setJoined(false)} />;
  return (
    <form onSubmit={join}>
      <label>
        Your name <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        Room <input value={room} onChange={(event) => setRoom(event.target.value)} required />
      </label>
      <button>Join</button>
    </form>
  );
}

createRoot(document.querySelector('main')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
