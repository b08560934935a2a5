// The Vue demo: a form to pick a name and a room, then the call (<rtc-room>, registered by
// rtc-elements/vue) beside a log of the events its @rtc-… listeners receive. The template is
// compiled in the page by Vue's full build (`npm run build` bundles it with esbuild).
import { createApp, ref } from 'vue';
import 'rtc-elements/vue';

// The page is served by the signaling server itself, so signaling is this page's own host.
const signaling = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/`;
const params = new URLSearchParams(location.search);

const app = createApp({
  setup() {
    const name = ref(params.get('name') ?? '');
    const room = ref(params.get('room') ?? 'demo');
    const joined = ref(false);
    const log = ref<string[]>([]);
    const join = () => {
      log.value = [];
      joined.value = true;
    };
    const note = (line: string) => log.value.push(line);
    return { name, room, joined, log, signaling, join, note };
  },
  template: `
    <form v-if="!joined" @submit.prevent="join">
      <label>Your name <input v-model="name" required /></label>
      <label>Room <input v-model="room" required /></label>
      <button>Join</button>
    </form>
    <template v-else>
      <rtc-room
        :room="room"
        :name="name"
        :signaling="signaling"
        prejoin="off"
        @rtc-state-changed="note('You are ' + $event.detail.state)"
        @rtc-participant-joined="note($event.detail.participant.name + ' joined')"
        @rtc-participant-left="note($event.detail.participant.name + ' left')"
        @rtc-chat-message-added="note($event.detail.message.name + ': ' + $event.detail.message.text)"
        @rtc-error="note('Problem: ' + $event.detail.error.message)"
      ></rtc-room>
      <aside>
        <button type="button" @click="joined = false">Leave</button>
        <h2>Events</h2>
        <ol aria-label="Events">
          <li v-for="(line, index) in log" :key="index">{{ line }}</li>
        </ol>
      </aside>
    </template>
  `,
});
// <rtc-…> tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rtc-');
app.mount('main');
