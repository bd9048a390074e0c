import { hostCommand, keyForMeeting, type HostCommand } from './host-keys';
import { decide, type Pending, type ScreenCommand } from './host-rules';
import { pendingLine } from './host-quiz-effects';
import { refusalLine } from './host-refusals';
import type { HostCanvas, MakeButton } from './host-canvas';
import type { Refusal } from '../core/result';
import {
  meetingRules,
  resumeMeeting,
  type MeetingController,
} from '../shared/session/meeting-session';
import { meetingReport } from '../core/meeting/report';
import { showReadOnlyBanner, watchTabs, type TabWatch } from './host-tab-watch';
import { drawBar } from './host-bar';
import type { MeetingAction, MeetingEvent } from '../core/meeting/meeting';
import type { Pack } from '../content/pack-types';
import { t } from '../shared/i18n';
import {
  closeHostOverlays,
  hideNotice,
  isBlank,
  overlayOpen,
  showNotSavingBanner,
  showKeyHelp,
  showNotice,
  showQr,
  toggleBlank,
  toggleFullscreen,
} from './host-overlays';
import type Phaser from 'phaser';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';
import { gameAddress } from './game-address';
import { onKeyDown } from '../shared/engine/key-input';
import type { Actor } from '../core/session/action-log';
import type { PhoneLink } from './phones/phone-link';
import { meetingPhones } from './phones/meeting-phones';

export type { BarItem } from './host-canvas';

/**
 * What the projector scenes share: the meeting's controller, the keyboard table, undo, the
 * black screen, full screen, help, the QR code, the banner when nothing is being saved, and the
 * lock that keeps a second tab from overwriting the meeting.
 */
export abstract class HostScene extends BaseScene {
  protected pack!: Pack;
  protected readOnly = false;
  /** Input waiting for its second key (after G, + or −). */
  protected pending: Pending | null = null;
  /** Why the last command did nothing, or null when it did something. */
  private refusal: Refusal | null = null;
  /** Pictures asked for, so each loads (and draws the screen again) once. */
  private loading = new Set<string>();
  /** Phones in the hall, when they join this meeting. */
  protected phones: PhoneLink | null = null;
  /** The lock that keeps a second tab from overwriting the meeting. */
  private tabs: TabWatch | null = null;

  protected get meeting(): MeetingController {
    const m = this.services.meeting;
    if (!m) throw new Error('no meeting open');
    return m;
  }

  /** Call first in create(): false when there is no meeting (the scene has left for setup). */
  protected openMeeting(): boolean {
    this.setupView();
    this.pending = null;
    this.refusal = null;
    this.loading = new Set();
    const pack = this.services.pack;
    if (!pack) {
      this.scene.start(SCENE.menu, {});
      return false;
    }
    this.pack = pack;
    this.services.meeting ??= resumeMeeting(this.services.store, pack);
    if (!this.services.meeting) {
      this.scene.start(SCENE.hostSetup, {});
      return false;
    }
    const tabs = watchTabs(this.services.store, {
      readOnly: () => this.readOnly,
      lost: () => {
        this.becomeReadOnly();
      },
      otherTabSaved: () => {
        this.followOtherTab();
      },
      holderGone: () => {
        if (this.scene.isActive()) this.takeOver();
      },
    });
    this.tabs = tabs;
    this.readOnly = tabs.heldElsewhere;
    this.showLockBanner();
    this.showSavingBanner();
    this.linkPhones();
    onKeyDown(this, (e) => {
      this.onKey(e);
    });
    this.events.once('shutdown', () => {
      tabs.stop();
      closeHostOverlays();
      this.phones?.attach(null);
    });
    return true;
  }

  /** Phones join the meeting when its setup said so; this scene takes their actions. */
  private linkPhones(): void {
    const controller = this.meeting;
    this.phones = meetingPhones(controller.log.config.phones === true, {
      pack: this.pack,
      store: this.services.store,
      meeting: controller.log.startedAt,
      state: () => (this.services.meeting ?? controller).state,
      parent: document.getElementById('ui-layer') ?? document.body,
    });
    this.phones?.attach((action) => (this.readOnly ? null : this.act(action, 'phone')));
    this.phones?.update();
  }

  private onKey(e: KeyboardEvent): void {
    if (!keyForMeeting(e.target) || overlayOpen()) return;
    if (isBlank()) {
      e.preventDefault();
      this.onBlank(toggleBlank());
      return;
    }
    // Taking over needs no mouse: T, a key the meeting does not otherwise use. Other keys in a
    // read-only tab change nothing (a stray Space must not take the meeting from the other tab).
    if (this.readOnly && (e.key === 't' || e.key === 'T')) {
      e.preventDefault();
      this.takeOver();
      return;
    }
    const command = hostCommand(e);
    if (!command) return;
    e.preventDefault();
    this.command(command);
  }

  /**
   * A command from a key or a button: what it does comes from the projector's rules
   * (host-rules.ts), this only carries it out.
   */
  protected command(c: HostCommand): void {
    const decision = decide(c, {
      rules: meetingRules(this.pack),
      state: this.meeting.state,
      pending: this.pending,
      at: Date.now(),
    });
    this.refusal = decision.kind === 'refused' ? decision.refusal : null;
    switch (decision.kind) {
      case 'screen':
        this.onScreenCommand(decision.command);
        return;
      case 'act':
        this.pending = decision.pending;
        this.act(decision.action);
        return;
      case 'pending':
        this.setPending(decision.pending);
        return;
      case 'open-vote':
        this.openVote();
        return;
      case 'refused':
        this.explainRefusal(decision.refusal);
        return;
    }
  }

  /** A key that did nothing says why, aloud and on screen: it never seems dead. */
  private explainRefusal(refusal: Refusal): void {
    const line = refusalLine(refusal, this.meeting.state.quiz);
    this.announce(line.key, line.params);
    showNotice(t(line.key, line.params));
  }

  private onScreenCommand(command: ScreenCommand): void {
    switch (command) {
      case 'blank':
        this.onBlank(toggleBlank());
        return;
      case 'fullscreen':
        toggleFullscreen();
        return;
      case 'help':
        this.showHelp();
        return;
      case 'qr':
        this.showQrCode();
        return;
      case 'menu':
        this.scene.start(SCENE.menu, {});
        return;
      case 'undo':
        this.undo();
        return;
      case 'report':
        this.showReport();
        return;
    }
  }

  private setPending(p: Pending | null): void {
    this.pending = p;
    if (p) {
      const line = pendingLine(p, this.meeting.state.quiz);
      this.announce(line.key, line.params);
    }
    this.render([]);
  }

  /** The black screen went on (true) or off: the quiz holds its countdown meanwhile. */
  protected onBlank(blank: boolean): void {
    this.announce(blank ? 'host.blankOn' : 'host.blankOff');
  }

  /** Opens the form for the audience's hands (the skit's choice). */
  protected openVote(): void {
    // Only the skit has votes.
  }

  /** What the views draw with, into `layer`. */
  protected canvas(layer: Phaser.GameObjects.Container): HostCanvas {
    const button: MakeButton = (...args) => this.button(...args);
    return {
      scene: this,
      layer,
      vw: this.vw,
      vh: this.vh,
      ratio: this.ratio,
      pack: this.pack,
      reducedMotion: this.services.reducedMotion,
      label: (x, y, text, o) => this.label(x, y, text, o),
      button,
      bar: (items, y, h) => {
        drawBar(layer, button, this.vw, { items, y, h }, this.barPrimary());
      },
      load: (key, load) => {
        if (this.loading.has(key)) return;
        this.loading.add(key);
        void load().then(() => {
          if (this.scene.isActive()) this.render([]);
        });
      },
      command: (c) => {
        this.command(c);
      },
    };
  }

  /** The meeting's report as it stands (filed on the device as it opens). */
  protected showReport(): void {
    const report = meetingReport(meetingRules(this.pack), this.meeting.log);
    this.services.reports.open(report, this.pack);
  }

  protected showHelp(): void {
    showKeyHelp(() => undefined, this.helpCommands());
  }

  protected showQrCode(): void {
    if (this.phones) {
      this.phones.toggleLobby();
      return;
    }
    void gameAddress(this.services.params.packUrl).then(({ url, note }) => {
      showQr(url, note, () => undefined);
    });
  }

  /** Which commands this screen's help lists. */
  protected abstract helpCommands(): readonly HostCommand['type'][];
  /** The ids of the bar's main actions (dark on yellow). */
  protected abstract barPrimary(): ReadonlySet<string>;
  /** A new size (a window dragged, a projector plugged in): the meeting drawn again. */
  protected override relayout(): void {
    this.render([]);
  }

  /** Draws the meeting as it stands, after `events` (none when only redrawn). */
  protected abstract render(events: readonly MeetingEvent[]): void;
  /** Sound, announcements and effects for what just happened. */
  protected abstract react(events: readonly MeetingEvent[]): void;

  /** Sends a facilitator's (or the clock's) action; answers whether the meeting accepted it. */
  protected act(action: MeetingAction, by: Actor = 'facilitator'): boolean {
    if (this.readOnly) {
      this.announce('host.readOnly');
      return false;
    }
    const before = this.meeting.state.part;
    const step = this.meeting.dispatch(action, by);
    this.showSavingBanner();
    if (!step.ok) return false;
    this.phones?.update();
    if (by === 'facilitator') hideNotice();
    if (this.meeting.state.part === 'over' && before !== 'over') {
      this.services.reports.file(
        meetingReport(meetingRules(this.pack), this.meeting.log),
        this.pack,
      );
    }
    this.react(step.events);
    if (this.meeting.state.part !== before && this.route()) return true;
    this.render(step.events);
    return true;
  }

  protected undo(): void {
    if (this.readOnly) {
      this.announce('host.readOnly');
      return;
    }
    if (!this.meeting.undo()) {
      this.announce('host.nothingToUndo');
      return;
    }
    this.showSavingBanner();
    this.phones?.update();
    this.announce('host.undone');
    if (!this.route()) this.render([]);
  }

  /** Opens the scene for the meeting's part; answers whether it left this scene. */
  protected route(): boolean {
    const target = this.meeting.state.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz;
    if (target === this.scene.key) return false;
    this.scene.start(target, {});
    return true;
  }

  private showSavingBanner(): void {
    if (this.services.meeting && !this.services.meeting.saving) showNotSavingBanner();
  }

  private showLockBanner(): void {
    showReadOnlyBanner(this.readOnly, () => {
      this.takeOver();
    });
  }

  private becomeReadOnly(): void {
    this.readOnly = true;
    this.showLockBanner();
    this.announce('host.otherTab');
  }

  private followOtherTab(): void {
    const fresh = resumeMeeting(this.services.store, this.pack);
    if (!fresh) return;
    this.services.meeting = fresh;
    this.phones?.update();
    if (!this.route()) this.render([]);
  }

  private takeOver(): void {
    this.followOtherTab();
    this.tabs?.claim();
    this.readOnly = false;
    // A buzz or vote that came while this tab was read-only is still at the server.
    this.phones?.takeMissed();
    this.showLockBanner();
    this.announce('host.tookOver');
  }

  override testState(): unknown {
    return {
      readOnly: this.readOnly,
      saving: this.services.meeting?.saving ?? true,
      refused: this.refusal?.code ?? null,
      phones: this.phones?.testState() ?? null,
    };
  }
}
