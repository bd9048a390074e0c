import Phaser from '../shared/engine/phaser-lite';
import type { HostCommand } from './host-keys';
import { openVoteTimer, type MeetingEvent } from '../core/meeting/meeting';
import type { VoteTimer } from '../core/meeting/vote-timer';
import { timerRemainingMs } from '../core/quiz/teams';
import { currentView, type SkitState, type SkitView } from '../core/skit';
import type { Skit } from '../core/types';
import { packText, t } from '../shared/i18n';
import type { EndingPanel } from './host-ending-panel';
import { overlayOpen, showVoteForm } from './host-overlays';
import {
  blankCall,
  sleepCall,
  timerStep,
  voteClockAction,
  voteRunning,
  type ClockMemory,
} from './host-clock';
import type { CountdownFace } from './host-countdown-face';
import { loadSkitArt } from '../shared/ui/skit-art';
import { HostScene } from './host-scene';
import { drawSkitScreen } from './host-skit-view';
import { skitReaction, skitViewLine } from './host-skit-effects';
import { SCENE } from '../shared/keys';
import { MEETING_KEY, meetingRules } from '../shared/session/meeting-session';
import { liveVote, voteResult } from './phones/phone-meeting';

/** The skit's main actions in its bar. */
const SKIT_BAR_PRIMARY: ReadonlySet<string> = new Set(['continue', 'vote', 'replay-skit']);

const SKIT_HELP: readonly HostCommand['type'][] = [
  'forward',
  'timer',
  'team',
  'vote',
  'undo',
  'end',
  'blank',
  'fullscreen',
  'qr',
  'report',
  'help',
  'menu',
];

/** The skit on the big screen: the audience votes at each choice; endings open the debrief. */
export class HostSkitScene extends HostScene {
  private layer!: Phaser.GameObjects.Container;
  private ending: EndingPanel | null = null;
  /** Counts the endings asked for: a page that loads after the screen changed is not shown. */
  private endingAsked = 0;
  private ready = false;
  /** The vote's countdown on screen, turned at each frame while it runs. */
  private face: CountdownFace | null = null;
  private clock: ClockMemory = { lastFrameAt: 0, lastBeatAt: 0 };
  /** The vote's countdown is paused for the black screen, to run on when it lifts. */
  private heldForBlank = false;

  constructor() {
    super(SCENE.hostSkit);
  }

  create(): void {
    this.ready = false;
    this.ending = null;
    this.face = null;
    this.heldForBlank = false;
    if (!this.openMeeting()) return;
    if (this.route()) return;
    this.layer = this.add.container(0, 0);
    // A countdown left running by a sleep or a closed tab resumes paused at the last beat; one
    // reloaded within moments runs on (and closes at once if its time passed meanwhile).
    const now = Date.now();
    this.clock = { lastFrameAt: now, lastBeatAt: 0 };
    const lastAlive = Number(this.services.store.get(MEETING_KEY.beat) ?? '0');
    const slept = sleepCall(voteRunning(this.voteTimer), lastAlive, now);
    if (slept) this.act(voteClockAction(slept, this.meeting.state.voteTimeMs), 'clock');
    this.events.once('shutdown', () => {
      this.ending?.remove();
      this.ending = null;
      this.endingAsked++;
    });
    void this.loadArt().then(() => {
      this.ready = true;
      if (this.scene.isActive()) {
        this.render([]);
        this.announceView();
        // Time ran out before a reload: the hands are still to add.
        if (this.voteTimer?.ended) this.openVote();
      }
    });
  }

  private get skit(): Skit {
    const skit = this.pack.skit;
    if (!skit) throw new Error('pack has no skit');
    return skit;
  }

  private get run(): SkitState {
    const run = this.meeting.state.skit;
    if (!run) throw new Error('no skit run');
    return run;
  }

  private get view(): SkitView {
    return currentView(this.skit, this.run);
  }

  /** The countdown of the vote on screen, or null. */
  private get voteTimer(): VoteTimer | null {
    const meeting = this.services.meeting;
    return meeting ? openVoteTimer(meetingRules(this.pack), meeting.state) : null;
  }

  /** Frames are needed only while the vote's countdown runs. */
  override isAnimating(): boolean {
    return voteRunning(this.voteTimer)?.running ?? false;
  }

  override update(): void {
    if (this.services.meeting?.state.part !== 'skit') return;
    const now = Date.now();
    const step = timerStep(this.clock, voteRunning(this.voteTimer), now, !this.readOnly);
    this.clock = step.memory;
    if (step.beat) this.services.store.set(MEETING_KEY.beat, String(now));
    if (step.call) this.act(voteClockAction(step.call, this.meeting.state.voteTimeMs), 'clock');
    const after = voteRunning(this.voteTimer);
    if (after && this.face?.showRunning(after, now)) this.services.sound.play('tick');
  }

  protected override onBlank(blank: boolean): void {
    super.onBlank(blank);
    const timer = this.voteTimer;
    const running = voteRunning(timer);
    const paused = running !== null && !running.running;
    const step = blankCall(blank, running, paused, this.heldForBlank, Date.now());
    this.heldForBlank = step.holding;
    if (step.call) this.act(voteClockAction(step.call, this.meeting.state.voteTimeMs), 'clock');
  }

  private loadArt(): Promise<void> {
    return loadSkitArt(
      this,
      this.pack,
      this.skit,
      Math.round(Math.max(this.vw, this.vh) * this.ratio),
      Math.round(this.vh * 0.7 * this.ratio),
    );
  }

  protected helpCommands(): readonly HostCommand['type'][] {
    return SKIT_HELP;
  }

  protected barPrimary(): ReadonlySet<string> {
    return SKIT_BAR_PRIMARY;
  }

  protected override openVote(): void {
    const view = this.view;
    if (view.kind !== 'choice' || this.readOnly || overlayOpen()) return;
    // With phones, the hands counted in the hall are added to their votes as the vote closes.
    const live = this.phones ? liveVote(this.meeting.state, meetingRules(this.pack)) : null;
    showVoteForm(
      view.visibleOptions.map((o) => ({ index: o.index, text: packText(o.option.text) })),
      (counts) => {
        const all = view.node.options.map((_, i) => counts.get(i) ?? 0);
        this.act(
          live
            ? { type: 'close-vote', hands: all, at: Date.now() }
            : { type: 'skit', action: { type: 'vote', counts: all }, at: Date.now() },
        );
      },
      () => undefined,
      { phoneVotes: live?.voted ?? 0, peoplePresent: this.meeting.state.peoplePresent },
    );
  }

  protected react(events: readonly MeetingEvent[]): void {
    const reaction = skitReaction(events);
    for (const effect of reaction.effects) {
      if (effect.sound) this.services.sound.play(effect.sound);
      if (effect.say) this.announce(effect.say.key, effect.say.params);
    }
    if (reaction.openVote) this.openVote();
    // Announced after the state is drawn, so the text matches the screen.
    if (reaction.sayView)
      this.time.delayedCall(0, () => {
        this.announceView();
      });
  }

  private announceView(): void {
    if (this.meeting.state.part !== 'skit') return;
    const line = skitViewLine(this.skit, this.view, { text: packText, whatNow: t('skit.whatNow') });
    if ('text' in line) this.services.announcer.say(line.text);
    else this.announce(line.key, line.params);
  }

  protected render(_events: readonly MeetingEvent[]): void {
    if (!this.ready || this.meeting.state.part !== 'skit') return;
    this.layer.removeAll(true);
    this.buttons = [];
    this.ending?.remove();
    this.ending = null;
    this.endingAsked++;
    const view = this.view;
    const state = this.meeting.state;
    this.face = drawSkitScreen(this.canvas(this.layer), {
      skit: this.skit,
      view,
      run: state.skitRuns.length + 1,
      live: this.phones ? liveVote(state, meetingRules(this.pack)) : null,
      result: this.resultText(view),
      timer: view.kind === 'choice' ? this.voteTimer : null,
      now: Date.now(),
    });
    if (view.kind === 'ending') this.showEnding(view);
    this.focus.set([]);
  }

  /** The vote's result, over the first step of the story after it (phones' meetings). */
  private resultText(view: SkitView): string | null {
    if (!this.phones || view.kind === 'choice' || view.kind === 'ending') return null;
    const result = voteResult(this.meeting.state, meetingRules(this.pack));
    if (!result) return null;
    return t('host.phones.result', {
      option: packText(result.option),
      total: result.total,
      phones: result.phones,
      hands: result.hands,
    });
  }

  private showEnding(view: Extract<SkitView, { kind: 'ending' }>): void {
    // The ending is a page of its own (loaded when first needed): its buttons are DOM too,
    // doing what the keys do.
    const asked = this.endingAsked;
    void import('./host-ending-panel').then(({ EndingPanel }) => {
      if (asked !== this.endingAsked || !this.scene.isActive()) return;
      this.ending = new EndingPanel(
        view.ending,
        (command) => {
          this.command(command);
        },
        document.getElementById('ui-layer') ?? document.body,
      );
    });
  }

  /** At an ending shown on two pages, forward and back turn its pages first. */
  protected override command(c: HostCommand): void {
    const panel = this.ending;
    const forward = c.type === 'forward' || c.type === 'timer' || c.type === 'right';
    if (panel && ((forward && panel.next()) || (c.type === 'undo' && panel.back()))) {
      this.services.announcer.say(panel.pageTitle());
      return;
    }
    super.command(c);
  }

  private testVoteTimer(): unknown {
    const timer = this.voteTimer;
    if (!timer) return null;
    const running = voteRunning(timer)?.running ?? false;
    const { durationMs } = timer.timer;
    return {
      leftMs: timerRemainingMs(timer.timer, Date.now()),
      durationMs,
      running,
      ended: timer.ended,
    };
  }

  override testState(): unknown {
    const s = this.meeting.state;
    const view = s.skit ? this.view : null;
    return {
      ...(super.testState() as object),
      part: s.part,
      kind: view?.kind ?? null,
      nodeId: s.skit?.nodeId ?? null,
      ending: s.skit?.ending ?? null,
      options: view?.kind === 'choice' ? view.visibleOptions.map((o) => o.index) : [],
      votes: s.skit?.votes ?? [],
      phoneVotes: s.skit && this.phones ? liveVote(s, meetingRules(this.pack)) : null,
      voteResult: this.phones ? voteResult(s, meetingRules(this.pack)) : null,
      runs: s.skitRuns.length + 1,
      ready: this.ready,
      voteTimer: this.testVoteTimer(),
    };
  }
}
