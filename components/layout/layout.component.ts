import { consume } from '@lit/context';
import { html, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Participant, Session } from '../../src/index.js';
import { RtcPinnedChangedEvent } from '../events/pinned-changed.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { StringsController } from '../internal/strings-controller.js';
import { tileName } from '../internal/tile-name.js';
import type { VideoSource } from '../video/video.component.js';
import { gridFor } from './grid.js';
import { styles } from './layout.styles.js';
import { speakerFor } from './speaker.js';

/** `grid`: everyone the same size; `speaker`: one large tile, the others in a strip. */
export type LayoutMode = 'grid' | 'speaker';

/** One tile: a participant's camera, or their shared screen. */
interface Tile {
  participant: Participant;
  source: VideoSource;
}

/**
 * The session events after which the tiles may differ. `trackRemoved` does not exist in the
 * core yet; listening by name costs nothing and picks it up when it does.
 */
const SESSION_EVENTS = [
  'participantJoined',
  'participantLeft',
  'participantUpdated',
  'trackAdded',
  'trackRemoved',
  'stateChanged',
];

const VIDEO_PARTS = ['base', 'video', 'placeholder', 'name-tag', 'muted-indicator', 'connection-status'];
/** The `<rtc-video>` parts a page can style through this element (`::part(video__name-tag)`). */
const VIDEO_EXPORT_PARTS = VIDEO_PARTS.map((name) => `${name}: video__${name}`).join(', ');

/** The parts of this element, for a container to export (`exportparts`); `base` aside. */
export const LAYOUT_PARTS = [
  'tiles',
  'tile',
  'focused-tile',
  'local-video',
  'remote-video',
  'screen-video',
  'pin-button',
  ...VIDEO_PARTS.map((name) => `video__${name}`),
] as const;

/** A push pin, drawn for this element. */
const pinIcon = svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M9 3h6l-1 6 3 3v2h-4v6l-1 1-1-1v-6H7v-2l3-3z" />
</svg>`;

/**
 * The video tiles of a call, laid out to fill the element's box: a balanced grid, or one
 * large tile with the others in a strip. Every participant gets a camera tile, and one more
 * tile while they share their screen; a remote screen share takes the large area by itself.
 * Any tile can be pinned to the large area with its pin button.
 *
 * Give the element a size (it fills it; with no height it takes the shape of
 * `--rtc-layout-aspect-ratio`). Inside an `<rtc-room>` it uses the room's session; alone, set
 * its `session` property.
 *
 * Tile ids (for `pinned` and `focusedTile`): a participant's id for their camera tile, and
 * `<id>:screen` for their screen (ids never contain a colon).
 *
 * @tag rtc-layout
 * @summary Video tiles in a grid or a speaker layout.
 *
 * @csspart base - The box the tiles are laid out in.
 * @csspart tiles - The tiles' container: the grid, or the strip beside or below the large tile.
 * @csspart tile - One tile's box (holds an `<rtc-video>` and a pin button).
 * @csspart focused-tile - Also on the tile in the large area.
 * @csspart local-video - Your camera's `<rtc-video>`.
 * @csspart remote-video - Another participant's camera `<rtc-video>`.
 * @csspart screen-video - A shared screen's `<rtc-video>`.
 * @csspart pin-button - The pin toggle on a tile (shown on hover and keyboard focus, and while pinned).
 * @csspart video__base - An `<rtc-video>`'s `base` (and likewise `video__video`, `video__placeholder`,
 *   `video__name-tag`, `video__muted-indicator`, `video__connection-status`).
 *
 * @cssproperty --rtc-color-accent - Shared token: a pinned tile's pin button, the focus ring's fallback.
 * @cssproperty [--rtc-layout-gap=8px] - Space between tiles (falls back to `--rtc-space-s`).
 * @cssproperty [--rtc-layout-aspect-ratio=16 / 9] - The element's shape when the page gives it no height.
 * @cssproperty [--rtc-video-aspect-ratio=16 / 9] - The tiles' shape, read when the element is resized.
 *
 * @cssstate grid - The tiles are in a grid.
 * @cssstate speaker - One tile is large (the speaker layout, a pin, or a screen share).
 * @cssstate screen-share - Someone else's screen is in the large area.
 * @cssstate pinned - A tile is pinned.
 *
 * @fires {RtcPinnedChangedEvent} rtc-pinned-changed - The person pinned or unpinned a tile.
 */
export class RtcLayout extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly sessionEvents = new EmitterController(this, SESSION_EVENTS);
  private readonly localEvents = new EmitterController(this, ['updated']);
  private readonly text = new StringsController(this);
  /** The same object for the same tile on every render, so `repeat` keeps its `<rtc-video>`. */
  private readonly tileObjects = new WeakMap<Participant, Partial<Record<VideoSource, Tile>>>();
  private readonly resizeObserver = new ResizeObserver(() => this.measure());
  private tileList: Tile[] = [];
  private focused: Tile | undefined;

  @query('[part=base]') private readonly base!: HTMLElement;

  /** The session from the enclosing `<rtc-room>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;
  /** The base's size, the tiles' aspect ratio and the gap, as last measured. */
  @state() private box = { width: 0, height: 0, aspect: 16 / 9, gap: 8 };

  /** The session to show, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) session?: Session;

  /** `grid` (default) or `speaker`. A pin or someone else's screen share shows one tile large in either. */
  @property({ reflect: true }) layout: LayoutMode = 'grid';

  /** The id of the pinned tile, shown large; ignored while there is no such tile. */
  @property({ attribute: false }) pinned?: string;

  /**
   * The participant id of whoever is speaking, shown large in the speaker layout when nothing
   * is pinned or shared (your own id is ignored: nobody needs to see themselves large).
   */
  @property({ attribute: false }) activeSpeaker?: string;

  /** The id of the tile in the large area, or undefined while the tiles are in a grid. */
  get focusedTile(): string | undefined {
    return this.focused ? tileId(this.focused) : undefined;
  }

  private get activeSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.resizeObserver.observe(this.base);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override firstUpdated(): void {
    this.resizeObserver.observe(this.base);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') || changed.has('contextSession' as keyof RtcLayout)) {
      this.sessionEvents.watch(this.activeSession);
      this.localEvents.watch(this.activeSession?.localParticipant);
    }
    this.tileList = this.currentTiles();
    this.focused = this.focusOf(this.tileList);
  }

  protected override updated(): void {
    const focused = this.focused;
    this.setState('grid', !focused);
    this.setState('speaker', Boolean(focused));
    this.setState('screen-share', focused?.source === 'screen' && !focused.participant.isLocal);
    this.setState('pinned', Boolean(this.pinnedTile(this.tileList)));
  }

  /** You, then everyone else in the order they came; each camera, then their screen if shared. */
  private currentTiles(): Tile[] {
    const session = this.activeSession;
    if (!session) return [];
    const tiles: Tile[] = [];
    for (const participant of [session.localParticipant, ...session.participants.values()]) {
      tiles.push(this.tile(participant, 'camera'));
      if (participant.tracks.has('screen')) tiles.push(this.tile(participant, 'screen'));
    }
    return tiles;
  }

  private tile(participant: Participant, source: VideoSource): Tile {
    let tiles = this.tileObjects.get(participant);
    if (!tiles) this.tileObjects.set(participant, (tiles = {}));
    return (tiles[source] ??= { participant, source });
  }

  private pinnedTile(tiles: Tile[]): Tile | undefined {
    return this.pinned === undefined ? undefined : tiles.find((tile) => tileId(tile) === this.pinned);
  }

  /**
   * The tile for the large area: the pinned one; else someone else's shared screen; else, in
   * the speaker layout, the active speaker, the first other participant, or you. None in a grid.
   */
  private focusOf(tiles: Tile[]): Tile | undefined {
    const pinned = this.pinnedTile(tiles);
    if (pinned) return pinned;
    const screen = tiles.find((tile) => tile.source === 'screen' && !tile.participant.isLocal);
    if (screen) return screen;
    if (this.layout !== 'speaker') return undefined;
    const cameras = tiles.filter((tile) => tile.source === 'camera');
    const others = cameras.filter((tile) => !tile.participant.isLocal);
    return (
      others.find((tile) => this.activeSpeaker && tile.participant.id === this.activeSpeaker) ??
      others[0] ??
      cameras[0]
    );
  }

  /** Reads the box and the tokens that size the tiles (they may change with the page's styles). */
  private measure(): void {
    if (!this.base) return;
    const style = getComputedStyle(this.base);
    const box = {
      width: this.base.clientWidth,
      height: this.base.clientHeight,
      aspect: parseAspect(style.getPropertyValue('--rtc-video-aspect-ratio')),
      gap: parseFloat(style.columnGap) || 0,
    };
    const old = this.box;
    if (
      box.width !== old.width ||
      box.height !== old.height ||
      box.aspect !== old.aspect ||
      box.gap !== old.gap
    ) {
      this.box = box;
    }
  }

  private handlePinClick(tile: Tile): void {
    const id = tileId(tile);
    this.pinned = this.pinned === id ? undefined : id;
    // Made on its own line: the manifest analyzer misreads an event built inside dispatchEvent().
    const event = new RtcPinnedChangedEvent({ pinned: this.pinned });
    this.dispatchEvent(event);
  }

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  override render() {
    const { width, height, aspect, gap } = this.box;
    const focus = this.focused;
    const tiles = this.tileList;
    // The large tile comes first, so it is also first in the reading and focus order.
    const ordered = focus ? [focus, ...tiles.filter((tile) => tile !== focus)] : tiles;
    const px = (value: number) => `${value}px`;
    let baseStyle: Record<string, string>;
    let tilesStyle: Record<string, string>;
    let size: (tile: Tile) => Record<string, string>;
    if (!focus) {
      const grid = gridFor(tiles.length, width, height, aspect, gap);
      baseStyle = {};
      tilesStyle = { width: px(grid.columns * grid.width + Math.max(0, grid.columns - 1) * gap) };
      size = () => ({ width: px(grid.width), height: px(grid.height) });
    } else {
      const speaker = speakerFor(tiles.length - 1, width, height, aspect, gap);
      const track = `minmax(0, 1fr) ${px(speaker.stripSize)}`;
      baseStyle =
        speaker.strip === 'beside'
          ? { 'grid-template-columns': track, 'grid-template-areas': '"main strip"' }
          : speaker.strip === 'below'
            ? { 'grid-template-rows': track, 'grid-template-areas': '"main" "strip"' }
            : { 'grid-template-areas': '"strip"' };
      const beside = speaker.strip === 'beside';
      tilesStyle = beside
        ? { 'flex-direction': 'column', 'overflow-x': 'hidden', 'overflow-y': 'auto' }
        : { 'flex-direction': 'row', 'overflow-x': 'auto', 'overflow-y': 'hidden' };
      // Strip tiles keep their shape by aspect-ratio and may shrink (max-…: 100%), so a
      // scrollbar that appears in the strip never pushes them out of it.
      const stripTile: Record<string, string> = beside
        ? { width: px(speaker.stripTile.width), 'max-width': '100%' }
        : { height: px(speaker.stripTile.height), 'max-height': '100%' };
      size = (tile): Record<string, string> =>
        tile === focus
          ? {
              'inset-inline-start': px(speaker.focus.inline),
              'inset-block-start': px(speaker.focus.block),
              width: px(speaker.focus.width),
              height: px(speaker.focus.height),
            }
          : { ...stripTile, 'aspect-ratio': String(aspect) };
    }
    return html`
      <div part="base" role="group" aria-label=${this.text.strings.videos} style=${styleMap(baseStyle)}>
        <div part="tiles" style=${styleMap(tilesStyle)}>
          ${repeat(
            ordered,
            (tile) => tile,
            (tile) => this.renderTile(tile, tile === focus, size(tile)),
          )}
        </div>
      </div>
    `;
  }

  private renderTile(tile: Tile, focused: boolean, size: Record<string, string>) {
    const strings = this.text.strings;
    const { participant, source } = tile;
    const name = tileName(strings, participant, source);
    const pinned = this.pinned === tileId(tile);
    const role = source === 'screen' ? 'screen-video' : participant.isLocal ? 'local-video' : 'remote-video';
    return html`
      <div part=${focused ? 'tile focused-tile' : 'tile'} style=${styleMap(size)}>
        <rtc-video
          part=${role}
          exportparts=${VIDEO_EXPORT_PARTS}
          source=${source}
          .participant=${participant}
        ></rtc-video>
        <button
          part="pin-button"
          type="button"
          aria-pressed=${pinned ? 'true' : 'false'}
          aria-label=${strings.pin(name)}
          title=${strings.pin(name)}
          @click=${() => this.handlePinClick(tile)}
        >
          ${pinIcon}
        </button>
      </div>
    `;
  }
}

function tileId(tile: Tile): string {
  return tile.source === 'screen' ? `${tile.participant.id}:screen` : tile.participant.id;
}

/** Reads `16 / 9`, `1.5` or nothing (16 / 9). */
function parseAspect(value: string): number {
  const [width, height = 1] = value.split('/').map((part) => parseFloat(part));
  const aspect = width !== undefined && height ? width / height : NaN;
  return Number.isFinite(aspect) && aspect > 0 ? aspect : 16 / 9;
}
