import Phaser from '../shared/engine/phaser-lite';
import type { HostCommand } from './host-keys';
import { openVoteTimer, type MeetingEvent } from '../core/meeting/meeting';
import type { VoteTimer } from '../core/meeting/vote-timer';
import { timerRemainingMs } from '../core/quiz/teams';
import { currentView, shownPortrait, type SkitState, type SkitView } from '../core/skit';
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
import { drawVoteCountdown, voteRing } from './vote-countdown-view';
import { loadSkitArt, skitBackground, skitPortrait } from '../shared/ui/skit-art';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { HostScene } from './host-scene';
import { commandItem, type BarItem } from './host-canvas';
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
    for (const e of events) {
      if (e.type === 'vote-timer-started' || e.type === 'vote-timer-paused')
        this.announce(`host.voteTimer.${e.type === 'vote-timer-started' ? 'said' : 'saidPaused'}`, {
          sec: Math.ceil(e.leftMs / 1000),
        });
      if (e.type === 'vote-time-up') {
        // Exactly as V: the hands counted in the hall are added, then the vote closes.
        this.services.sound.play('tick');
        this.announce('host.voteTimer.up');
        this.openVote();
      }
      if (e.type !== 'skit') continue;
      if (e.event.type === 'ending-reached') this.services.sound.play('ending');
      if (e.event.type === 'choice-made') this.services.sound.play('tap');
    }
    if (events.some((e) => e.type === 'skit' || e.type === 'part-changed')) {
      // Announced after the state is drawn, so the text matches the screen.
      this.time.delayedCall(0, () => {
        this.announceView();
      });
    }
  }

  private announceView(): void {
    if (this.meeting.state.part !== 'skit') return;
    const view = this.view;
    switch (view.kind) {
      case 'line': {
        const who = this.skit.characters.find((c) => c.id === view.node.character);
        this.services.announcer.say(`${packText(who?.name)}: ${packText(view.node.text)}`);
        break;
      }
      case 'narration':
        this.services.announcer.say(packText(view.node.text));
        break;
      case 'consequence':
        this.services.announcer.say(packText(view.chosen.option.consequence));
        break;
      case 'choice':
        this.announce('host.skit.choice', {
          prompt: packText(view.node.prompt) || t('skit.whatNow'),
          options: view.visibleOptions
            .map((o, i) => `${String(i + 1)}. ${packText(o.option.text)}`)
            .join('. '),
        });
        break;
      case 'ending':
        this.announce('skit.ending', { title: packText(view.ending.title) });
        break;
    }
  }

  protected render(_events: readonly MeetingEvent[]): void {
    if (!this.ready || this.meeting.state.part !== 'skit') return;
    this.layer.removeAll(true);
    this.buttons = [];
    this.face = null;
    this.ending?.remove();
    this.ending = null;
    this.endingAsked++;
    const view = this.view;
    const vw = this.vw;
    const vh = this.vh;
    const L = this.layer;
    this.drawBackground(view.background);
    L.add(this.add.graphics().fillStyle(COLOR.shadow, 0.55).fillRect(0, 0, vw, 52));
    L.add(
      this.label(16, 12, packText(this.skit.title), { size: 24, bold: true, color: '#ffc83d' }),
    );
    const runs = this.meeting.state.skitRuns.length;
    if (runs > 0)
      L.add(
        this.label(vw - 16, 14, t('host.skit.run', { n: runs + 1 }), {
          size: 20,
          align: 'right',
        }).setOrigin(1, 0),
      );
    const barH = 56;
    const live = this.phones ? liveVote(this.meeting.state, meetingRules(this.pack)) : null;
    const boxW = Math.min(vw - 32, 1400);
    const result = this.resultLabel(view, boxW - 56);
    const extra = result ? result.height + 12 : live ? 48 : 0;
    const boxH =
      extra +
      (view.kind === 'choice'
        ? Math.min(vh * 0.55, 120 + view.visibleOptions.length * 70)
        : Math.min(vh * 0.36, 240));
    const boxX = (vw - boxW) / 2;
    const boxY = vh - barH - 24 - boxH;
    const items: BarItem[] = [];
    const c = this.canvas(L);
    if (view.kind !== 'ending') {
      L.add(
        this.add.graphics().fillStyle(0xffffff, 0.97).fillRoundedRect(boxX, boxY, boxW, boxH, 20),
      );
    }
    if (result) L.add(result.setPosition(boxX + 28, boxY + 20));
    switch (view.kind) {
      case 'line': {
        const who = this.skit.characters.find((c) => c.id === view.node.character);
        this.drawPortrait(view, boxX, boxY);
        const name = packText(who?.name);
        const tag = this.label(boxX + 40, boxY - 22, name, {
          size: 26,
          bold: true,
          color: '#14213d',
        });
        L.add(
          this.add
            .graphics()
            .fillStyle(who ? hexToNumber(who.color) : COLOR.accent, 1)
            .fillRoundedRect(boxX + 20, boxY - 30, tag.width + 40, 50, 14),
        );
        L.add(tag);
        L.add(
          this.label(boxX + 28, boxY + 36 + extra, packText(view.node.text), {
            size: 32,
            color: '#14213d',
            wrap: boxW - 56,
          }),
        );
        items.push(commandItem(c, 'continue', t('host.btn.continue'), { type: 'forward' }));
        break;
      }
      case 'narration':
      case 'consequence': {
        const text = view.kind === 'narration' ? view.node.text : view.chosen.option.consequence;
        L.add(
          this.label(boxX + 28, boxY + 24 + extra, packText(text), {
            size: 32,
            color: '#31406b',
            wrap: boxW - 56,
          }),
        );
        items.push(commandItem(c, 'continue', t('host.btn.continue'), { type: 'forward' }));
        break;
      }
      case 'choice': {
        this.drawPortrait(view, boxX, boxY);
        const prompt = this.label(
          boxX + 28,
          boxY + 18,
          packText(view.node.prompt) || t('skit.whatNow'),
          { size: 32, bold: true, color: '#14213d', wrap: boxW - 56 },
        );
        L.add(prompt);
        const top = boxY + 30 + prompt.height;
        const rowH = Math.min(
          64,
          (boxY + boxH - extra - top - 12) / view.visibleOptions.length - 8,
        );
        if (live)
          L.add(
            this.label(
              boxX + 28,
              boxY + boxH - extra,
              t('host.phones.voted', { count: live.voted }),
              {
                size: 24,
                bold: true,
                color: '#31406b',
              },
            ),
          );
        view.visibleOptions.forEach((o, i) => {
          const b = this.button(
            `option-${String(o.index)}`,
            vw / 2,
            top + rowH / 2 + i * (rowH + 8),
            boxW - 48,
            rowH,
            `${String(i + 1)}.  ${packText(o.option.text)}` +
              (live
                ? `   ·   ${t('host.phones.votes', { count: live.counts[o.index] ?? 0 })}`
                : ''),
            () => {
              this.command({ type: 'team', index: i });
            },
            { fontSize: 26, fill: COLOR.background },
          );
          L.add(b);
        });
        items.push(commandItem(c, 'vote', t('host.btn.vote'), { type: 'vote' }));
        items.push(commandItem(c, 'vote-timer', t('host.btn.voteTimer'), { type: 'timer' }));
        const timer = this.voteTimer;
        if (timer) this.face = drawVoteCountdown(c, timer, voteRing(vw, 52, boxY), Date.now());
        break;
      }
      case 'ending':
        this.showEnding(view);
        items.push(commandItem(c, 'replay-skit', t('host.btn.replaySkit'), { type: 'forward' }));
        items.push(commandItem(c, 'end-meeting', t('host.btn.endMeeting'), { type: 'end' }));
        break;
    }
    items.push(commandItem(c, 'undo', t('host.btn.undo'), { type: 'undo' }));
    items.push(commandItem(c, 'help', t('host.btn.help'), { type: 'help' }));
    c.bar(items, vh - barH - 10, barH);
    this.focus.set([]);
  }

  /** The vote's result, over the first step of the story after it (phones' meetings). */
  private resultLabel(view: SkitView, wrap: number): Phaser.GameObjects.Text | null {
    if (!this.phones || view.kind === 'choice' || view.kind === 'ending') return null;
    const result = voteResult(this.meeting.state, meetingRules(this.pack));
    if (!result) return null;
    const text = t('host.phones.result', {
      option: packText(result.option),
      total: result.total,
      phones: result.phones,
      hands: result.hands,
    });
    return this.label(0, 0, text, { size: 26, bold: true, color: '#14213d', wrap });
  }

  private drawBackground(id: string | null): void {
    const img = skitBackground(this, this.pack, this.skit, id, this.vw, this.vh);
    if (img) this.layer.add(img);
  }

  /** The speaker's portrait in the line's (or the choice's) mood. */
  private drawPortrait(view: SkitView, boxX: number, boxY: number): void {
    const shown = shownPortrait(view);
    const img =
      shown && skitPortrait(this, this.pack, this.skit, shown.character, shown.expression);
    if (!img) return;
    img.setPosition(boxX + 40, boxY - 30).setOrigin(0, 1);
    img.setScale(Math.min(boxY - 80, this.vh * 0.6) / img.height);
    this.layer.add(img);
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
    return { leftMs: timerRemainingMs(timer.timer, Date.now()), running, ended: timer.ended };
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
