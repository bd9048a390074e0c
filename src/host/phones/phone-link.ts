import type { Pack } from '../../content/pack-types';
import type { MeetingAction, MeetingState } from '../../core/meeting/meeting';
import { packText } from '../../shared/i18n';
import { GLYPH_URLS } from '../../shared/packs/bundled-assets';
import { meetingRules } from '../../shared/session/meeting-session';
import type { KeyValueStore } from '../../shared/storage/safe-storage';
import type { Roster, TeamEntry } from '../../shared/room/protocol';
import { PhoneLobby } from './phone-lobby';
import {
  intentAction,
  lobbyPlace,
  phoneView,
  samePath,
  viewKey,
  type ViewSources,
} from './phone-meeting';
import { openPhoneRoom, type PhoneRoom, type RoomStatus } from './phone-room';
import { keepScreenOn } from './wake-lock';

/**
 * The meeting's phones on the projector, kept across its scenes (quiz, skit): `start` opens the
 * room and puts the phones' panel in `parent`; the scene on screen `attach`es its way of taking
 * a phone's action into the log; `update` after every change of the meeting (phones show what
 * the projector shows); `stop` when the meeting is left for another.
 */
export interface PhoneLinkDeps {
  readonly pack: Pack;
  readonly store: KeyValueStore;
  /** When the meeting started: its room is kept under it (a new meeting opens a new room). */
  readonly meeting: number;
  readonly state: () => MeetingState;
  readonly parent: HTMLElement;
}

/** Takes a phone's action into the log: whether it counted, or null when it cannot now. */
export type PhoneActor = (action: MeetingAction) => boolean | null;

/** The pack's sources of what phones show: pictures of this server, texts, the take-away. */
export function packViewSources(pack: Pack, base: string = window.location.href): ViewSources {
  const question = (id: string) => pack.quiz?.questions.find((q) => q.id === id);
  return {
    rules: meetingRules(pack),
    text: (text) => packText(text),
    pictures: (id) => {
      const picture = question(id)?.picture;
      if (!picture) return { picture: null, rebus: [] };
      if (picture.kind === 'file') {
        const file = pack.files.get(picture.path);
        return { picture: samePath(file?.kind === 'url' ? file.url : null, base), rebus: [] };
      }
      const glyphs = picture.rows
        .flat()
        .flatMap((t) =>
          t.kind === 'glyph' ? [samePath(GLYPH_URLS.get(t.code) ?? null, base)] : [],
        );
      return { picture: null, rebus: glyphs.filter((g): g is string => g !== null) };
    },
    /** The explanations of the questions this meeting played (or all, without a quiz). */
    messages: (state?: MeetingState) => {
      const played = state?.quiz?.order;
      return (pack.quiz?.questions ?? [])
        .filter((q) => !played || played.includes(q.id))
        .map((q) => packText(q.explanation))
        .filter((m) => m !== '');
    },
  };
}

export class PhoneLink {
  private room: PhoneRoom | null = null;
  private lobby: PhoneLobby | null = null;
  private readonly sources: ViewSources;
  private actor: PhoneActor | null = null;
  /** An intent came while no scene could take it: the server is asked again on attach. */
  private missed = false;
  /** The facilitator asked for the panel (Q). */
  private asked = false;
  private status: RoomStatus = { kind: 'connecting' };
  private roster: Roster = { connected: {}, joined: 0 };
  private releaseScreen: (() => void) | null = null;
  /** The view phones were last sent, as JSON. */
  private shown = '';

  constructor(private readonly deps: PhoneLinkDeps) {
    this.sources = packViewSources(deps.pack);
  }

  start(): void {
    this.releaseScreen = keepScreenOn();
    const quiz = this.deps.state().quiz;
    const teams: TeamEntry[] = (quiz?.teams ?? []).map(({ id, name, color }) => ({
      id,
      name,
      color,
    }));
    const lobby = new PhoneLobby(teams);
    this.lobby = lobby;
    this.deps.parent.append(lobby.root);
    if (teams.length < 2) {
      this.onStatus({ kind: 'no-teams' });
      return;
    }
    void openPhoneRoom(teams, this.deps.store, this.deps.meeting, {
      onIntent: (intent) => {
        const taken = this.actor?.(intentAction(intent, Date.now())) ?? null;
        if (taken === null) this.missed = true;
        return taken !== null;
      },
      onRoster: (roster) => {
        this.roster = roster;
        lobby.setRoster(roster);
      },
      onStatus: (status) => {
        this.onStatus(status);
      },
      view: () => phoneView(this.deps.state(), this.sources, Date.now()),
    }).then((room) => {
      this.room = room;
      this.update();
    });
  }

  private onStatus(status: RoomStatus): void {
    this.status = status;
    this.lobby?.setStatus(status);
    this.update();
  }

  /** The scene on screen takes phones' actions from now on (null: none can). */
  attach(actor: PhoneActor | null): void {
    this.actor = actor;
    this.takeMissed();
  }

  /**
   * Asks the server again for the actions the scene could not take (none on screen, or a tab
   * that was read-only until it took the meeting over): the server keeps them until taken.
   */
  takeMissed(): void {
    if (this.actor && this.missed) {
      this.missed = false;
      this.room?.resend();
    }
  }

  /** Q: shows or hides the panel; answers whether it is shown. */
  toggleLobby(): boolean {
    this.asked = !this.asked;
    this.update();
    return this.asked;
  }

  update(): void {
    const state = this.deps.state();
    // Phones are sent a view only when it changed (a vote changes the count, not the view).
    const view = phoneView(state, this.sources, Date.now());
    const json = viewKey(view, state);
    if (this.room && json !== this.shown) {
      this.shown = json;
      this.room.show(view);
    }
    if (this.lobby) this.lobby.root.hidden = lobbyPlace(state, this.asked) === 'hidden';
  }

  stop(): void {
    this.room?.close();
    this.room = null;
    this.lobby?.root.remove();
    this.lobby = null;
    this.actor = null;
    this.releaseScreen?.();
    this.releaseScreen = null;
  }

  /** For the tests: the room as the panel shows it. */
  testState(): unknown {
    return {
      status: this.status.kind,
      room: this.status.kind === 'open' ? this.status.room : null,
      joinUrl: this.status.kind === 'open' ? this.status.joinUrl : null,
      connected: this.roster.connected,
      joined: this.roster.joined,
      lobby: this.lobby !== null && !this.lobby.root.hidden,
    };
  }
}
