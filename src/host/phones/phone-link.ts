import type { Pack } from '../../content/pack-types';
import type { MeetingAction, MeetingState } from '../../core/meeting/meeting';
import { packText } from '../../shared/i18n';
import { GLYPH_URLS } from '../../shared/packs/bundled-assets';
import { meetingRules } from '../../shared/session/meeting-session';
import type { KeyValueStore } from '../../shared/storage/safe-storage';
import type { TeamEntry } from '../../shared/room/protocol';
import { PhoneLobby } from './phone-lobby';
import { intentAction, phoneView, samePath, type ViewSources } from './phone-meeting';
import { openPhoneRoom, type PhoneRoom } from './phone-room';

/**
 * Everything a projector scene needs for phones, in one object: `start` once the meeting's
 * teams are known (it opens the room and puts the lobby panel in `parent`), `update` after
 * every render (phones show what the projector shows), `stop` when the scene goes.
 */
export interface PhoneLinkDeps {
  readonly pack: Pack;
  readonly store: KeyValueStore;
  readonly state: () => MeetingState;
  /** Takes a phone's action into the log; null while this tab is read-only (not taken). */
  readonly act: (action: MeetingAction) => boolean | null;
  readonly parent: HTMLElement;
}

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

  constructor(private readonly deps: PhoneLinkDeps) {
    this.sources = packViewSources(deps.pack);
  }

  start(): void {
    const quiz = this.deps.state().quiz;
    const teams: TeamEntry[] = (quiz?.teams ?? []).map(({ id, name, color }) => ({
      id,
      name,
      color,
    }));
    if (teams.length < 2) return;
    const lobby = new PhoneLobby(teams);
    this.lobby = lobby;
    this.deps.parent.append(lobby.root);
    void openPhoneRoom(teams, this.deps.store, {
      onIntent: (intent) => this.deps.act(intentAction(intent, Date.now())) !== null,
      onRoster: (roster) => {
        lobby.setRoster(roster);
      },
      onStatus: (status) => {
        lobby.setStatus(status);
      },
    }).then((room) => {
      this.room = room;
      this.update();
    });
  }

  update(): void {
    this.room?.show(phoneView(this.deps.state(), this.sources));
  }

  stop(): void {
    this.room?.close();
    this.room = null;
    this.lobby?.root.remove();
    this.lobby = null;
  }
}
