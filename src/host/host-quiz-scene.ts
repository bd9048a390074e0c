import Phaser from '../shared/engine/phaser-lite';
import type { HostCommand } from './host-keys';
import { MEETING_KEY } from '../shared/session/meeting-session';
import type { MeetingEvent } from '../core/meeting/meeting';
import {
  currentTeamQuestion,
  questionPoints,
  ranking,
  timerRemainingMs,
  type TeamEvent,
  type TeamState,
} from '../core/quiz/teams';
import type { PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { drawPicture, loadPictureTextures, pictureBackdrop } from '../shared/ui/picture-view';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { HostScene, type BarItem } from './host-scene';
import { SCENE } from '../shared/keys';

/** Points one press of + or − gives or takes. */
export const ADJUST_STEP = 10;
/** A gap longer than this between frames (or heartbeats) is a sleep, not time that passed. */
const SLEEP_GAP_MS = 3_000;
const TICK_FROM_SEC = 5;
/** The countdown ring is drawn in steps of a degree. */
const RING_STEPS = 360;

/**
 * Columns and rows for the key picture's tiles: cells close to square, few spare cells (a spare
 * cell stays covered, unnumbered, until the picture is guessed).
 */
export function tileGrid(tiles: number, aspect: number): { cols: number; rows: number } {
  let best = { cols: tiles, rows: 1, cost: Infinity };
  for (let cols = 1; cols <= tiles; cols++) {
    const rows = Math.ceil(tiles / cols);
    const cell = aspect / cols / (1 / rows);
    const cost = Math.abs(Math.log(cell)) + (cols * rows - tiles) * 0.35;
    if (cost < best.cost) best = { cols, rows, cost };
  }
  return { cols: best.cols, rows: best.rows };
}

type Pending =
  | { readonly kind: 'key-guess'; readonly team: string | null }
  | { readonly kind: 'add' | 'remove' };

/** The quiz's main actions in its bars. */
const QUIZ_BAR_PRIMARY: ReadonlySet<string> = new Set([
  'next',
  'right',
  'timer',
  'skit',
  'end-meeting',
]);

const QUIZ_HELP: readonly HostCommand['type'][] = [
  'forward',
  'timer',
  'team',
  'right',
  'wrong',
  'reveal',
  'key-tile',
  'key-guess',
  'add-points',
  'remove-points',
  'undo',
  'end',
  'blank',
  'fullscreen',
  'qr',
  'report',
  'help',
  'menu',
  'cancel',
];

/** The team quiz on the projector: picture, countdown, teams' scores, key picture; then the podium. */
export class HostQuizScene extends HostScene {
  private layer!: Phaser.GameObjects.Container;
  private timerText: Phaser.GameObjects.Text | null = null;
  private timerRing: Phaser.GameObjects.Graphics | null = null;
  private timerBox = { x: 0, y: 0, r: 0 };
  private pending: Pending | null = null;
  private lastFrameAt = 0;
  private lastBeatAt = 0;
  private shownSecond = -1;
  /** What the ring shows now (arc step and colour): it is drawn again only when this changes. */
  private shownRing = '';
  private loading = new Set<string>();
  private celebrate = false;

  constructor() {
    super(SCENE.hostQuiz);
  }

  create(): void {
    this.pending = null;
    this.loading = new Set();
    this.shownSecond = -1;
    this.celebrate = false;
    if (!this.openMeeting()) return;
    if (this.route()) return;
    this.layer = this.add.container(0, 0);
    this.lastFrameAt = Date.now();
    this.pauseAfterSleep(Number(this.services.store.get(MEETING_KEY.beat) ?? '0'));
    this.render();
    this.announceQuestion();
  }

  private get quiz(): TeamState | null {
    return this.meeting.state.quiz;
  }

  private get question(): PackQuestion | null {
    const quiz = this.quiz;
    if (!quiz || !this.pack.quiz) return null;
    const q = currentTeamQuestion(this.pack.quiz, quiz);
    return (q && this.pack.quiz.questions.find((x) => x.id === q.id)) ?? null;
  }

  private teamName(id: string | null): string {
    return this.quiz?.teams.find((x) => x.id === id)?.name ?? '';
  }

  /** A running timer stopped by a sleep or a closed tab resumes paused at the last sign of life. */
  private pauseAfterSleep(lastAlive: number): void {
    const quiz = this.quiz;
    if (!quiz || quiz.phase !== 'running' || lastAlive <= 0) return;
    if (Date.now() - lastAlive <= SLEEP_GAP_MS) return;
    this.act({ type: 'quiz', action: { type: 'pause-timer', at: lastAlive } }, 'clock');
  }

  /** Frames are needed only while the countdown runs; a stopped timer lets them stop. */
  override isAnimating(): boolean {
    const state = this.services.meeting?.state;
    return state?.part === 'quiz' && state.quiz?.phase === 'running';
  }

  override update(): void {
    const now = Date.now();
    const quiz = this.services.meeting?.state.quiz;
    if (!quiz || this.meeting.state.part !== 'quiz') return;
    if (quiz.phase === 'running' && !this.readOnly) {
      if (now - this.lastFrameAt > SLEEP_GAP_MS) {
        this.pauseAfterSleep(this.lastFrameAt);
        this.lastFrameAt = now;
        return;
      }
      if (now - this.lastBeatAt >= 1000) {
        this.lastBeatAt = now;
        this.services.store.set(MEETING_KEY.beat, String(now));
      }
      if (timerRemainingMs(quiz.timer, now) <= 0) {
        this.act({ type: 'quiz', action: { type: 'time-up', at: now } }, 'clock');
      }
    }
    this.lastFrameAt = now;
    this.drawTimer(quiz, now);
  }

  // ── commands ────────────────────────────────────────────────────────────────────────────

  protected helpCommands(): readonly HostCommand['type'][] {
    return QUIZ_HELP;
  }

  protected onCommand(c: HostCommand): void {
    const state = this.meeting.state;
    const quiz = state.quiz;
    if (c.type === 'cancel') {
      this.setPending(null);
      return;
    }
    if (state.part === 'over' || !quiz) return;
    const at = Date.now();
    if (quiz.phase === 'finished') {
      if (c.type === 'forward') this.afterQuiz();
      else if (c.type === 'end') this.act({ type: 'end', at });
      return;
    }
    if (this.pending && this.onPending(this.pending, c, at)) return;
    switch (c.type) {
      case 'forward':
        if (quiz.phase === 'closed') this.act({ type: 'quiz', action: { type: 'next', at } });
        else if (quiz.phase === 'running')
          this.act({ type: 'quiz', action: { type: 'pause-timer', at } });
        else if (quiz.phase === 'ready' || quiz.phase === 'paused')
          this.act({ type: 'quiz', action: { type: 'start-timer', at } });
        else this.announce('host.quiz.judgeFirst', { team: this.teamName(quiz.answering) });
        return;
      case 'timer':
        this.act({
          type: 'quiz',
          action:
            quiz.phase === 'running' ? { type: 'pause-timer', at } : { type: 'start-timer', at },
        });
        return;
      case 'team': {
        const team = quiz.teams[c.index];
        if (team) this.act({ type: 'quiz', action: { type: 'buzz', team: team.id, at } });
        return;
      }
      case 'right':
      case 'wrong':
        this.act({ type: 'quiz', action: { type: 'judge', correct: c.type === 'right', at } });
        return;
      case 'reveal':
        this.act({ type: 'quiz', action: { type: 'reveal-answer', at } });
        return;
      case 'key-tile':
        this.act({ type: 'quiz', action: { type: 'open-key-tile', at } });
        return;
      case 'key-guess':
        if (quiz.key && quiz.key.solvedBy === null)
          this.setPending({ kind: 'key-guess', team: null });
        return;
      case 'add-points':
        this.setPending({ kind: 'add' });
        return;
      case 'remove-points':
        this.setPending({ kind: 'remove' });
        return;
      case 'end':
        this.act({ type: 'quiz', action: { type: 'finish', at } });
        return;
      default:
        return;
    }
  }

  /** A second key after G, + or −: the team, then (for a key guess) right or wrong. */
  private onPending(p: Pending, c: HostCommand, at: number): boolean {
    const quiz = this.quiz;
    if (!quiz) return false;
    if (c.type === 'team') {
      const team = quiz.teams[c.index];
      if (!team) return true;
      if (p.kind === 'key-guess') {
        this.setPending({ kind: 'key-guess', team: team.id });
        return true;
      }
      this.pending = null;
      const delta = p.kind === 'add' ? ADJUST_STEP : -ADJUST_STEP;
      this.act({ type: 'quiz', action: { type: 'adjust', team: team.id, delta, at } });
      return true;
    }
    if (p.kind === 'key-guess' && p.team !== null && (c.type === 'right' || c.type === 'wrong')) {
      this.pending = null;
      this.act({
        type: 'quiz',
        action: { type: 'key-guess', team: p.team, correct: c.type === 'right', at },
      });
      return true;
    }
    return true;
  }

  private setPending(p: Pending | null): void {
    this.pending = p;
    if (p) this.services.announcer.say(this.pendingText(p));
    this.render();
  }

  private pendingText(p: Pending): string {
    if (p.kind === 'key-guess')
      return p.team === null
        ? t('host.quiz.whoGuesses', { n: this.quiz?.teams.length ?? 0 })
        : t('host.quiz.guessJudge', { team: this.teamName(p.team) });
    return t(p.kind === 'add' ? 'host.quiz.whoGains' : 'host.quiz.whoLoses', {
      points: ADJUST_STEP,
      n: this.quiz?.teams.length ?? 0,
    });
  }

  private afterQuiz(): void {
    const at = Date.now();
    if (this.meeting.state.skitPlanned && this.pack.skit) this.act({ type: 'start-skit', at });
    else this.act({ type: 'end', at });
  }

  // ── reacting ────────────────────────────────────────────────────────────────────────────

  protected react(events: readonly MeetingEvent[]): void {
    for (const e of events) {
      if (e.type === 'quiz') this.reactQuiz(e.event);
      if (e.type === 'part-changed' && e.part === 'over') this.announce('host.over');
    }
  }

  private reactQuiz(e: TeamEvent): void {
    const sound = this.services.sound;
    switch (e.type) {
      case 'question-shown':
        this.announceQuestion();
        break;
      case 'timer-started':
        sound.play('tap');
        this.announce('host.announce.timerStarted');
        break;
      case 'timer-paused':
        this.announce('host.announce.timerPaused');
        break;
      case 'time-up':
        sound.play('timeUp');
        this.announce('host.announce.timeUp');
        break;
      case 'buzzed':
        sound.play('buzz');
        this.announce(e.answering ? 'host.announce.answering' : 'host.announce.queued', {
          team: this.teamName(e.team),
        });
        break;
      case 'answer-right':
        sound.play('right');
        this.announce('host.announce.right', {
          team: this.teamName(e.team),
          points: e.points,
          scores: this.scoreLine(),
        });
        break;
      case 'answer-wrong':
        sound.play('wrong');
        this.announce('host.announce.wrong', { team: this.teamName(e.team), penalty: e.penalty });
        break;
      case 'answer-revealed':
        sound.play('reveal');
        this.announce('host.announce.answer', { answer: this.question?.answer ?? '' });
        break;
      case 'key-tile-opened':
        sound.play('tile');
        break;
      case 'key-solved':
        this.celebrate = true;
        sound.play('celebrate');
        this.announce('host.announce.keySolved', {
          team: this.teamName(e.team),
          bonus: e.bonus,
          answer: this.pack.keyPicture?.answer ?? '',
        });
        break;
      case 'key-guess-wrong':
        sound.play('wrong');
        this.announce('host.announce.keyWrong', { team: this.teamName(e.team) });
        break;
      case 'score-adjusted':
        this.announce('host.announce.adjusted', {
          team: this.teamName(e.team),
          delta: e.delta,
          scores: this.scoreLine(),
        });
        break;
      case 'finished':
        sound.play('applause');
        this.celebrate = true;
        this.announce('host.announce.podium', { scores: this.scoreLine() });
        break;
    }
  }

  private scoreLine(): string {
    return (this.quiz?.teams ?? []).map((x) => `${x.name} ${String(x.score)}`).join(', ');
  }

  private announceQuestion(): void {
    const quiz = this.quiz;
    if (!quiz || this.meeting.state.part !== 'quiz') return;
    if (quiz.phase === 'finished') {
      this.announce('host.announce.podium', { scores: this.scoreLine() });
      return;
    }
    this.announce('host.announce.question', {
      n: quiz.index + 1,
      total: quiz.order.length,
      scores: this.scoreLine(),
    });
  }

  // ── drawing ─────────────────────────────────────────────────────────────────────────────

  protected render(): void {
    this.layer.removeAll(true);
    this.buttons = [];
    this.timerText = null;
    this.timerRing = null;
    const state = this.meeting.state;
    const quiz = state.quiz;
    if (state.part === 'over') this.drawOver();
    else if (!quiz) return;
    else if (quiz.phase === 'finished') this.drawPodium(quiz);
    else this.drawQuestion(quiz);
    this.focus.set([]);
  }

  private ensurePicture(key: string, load: () => Promise<void>): boolean {
    if (this.loading.has(key)) return false;
    this.loading.add(key);
    void load().then(() => {
      if (this.scene.isActive()) this.render();
    });
    return false;
  }

  private drawQuestion(quiz: TeamState): void {
    const m = 16;
    const vw = this.vw;
    const vh = this.vh;
    const rw = Math.min(420, vw * 0.34);
    const lw = vw - rw - 3 * m;
    const x1 = 2 * m + lw;
    const barH = 60;
    const question = this.question;
    const L = this.layer;
    // Header
    const cat = question ? packText(this.pack.categories[question.category]) : '';
    const progress = this.label(
      m,
      10,
      t('host.quiz.progress', { n: quiz.index + 1, total: quiz.order.length }),
      { size: 30, bold: true, color: '#ffc83d' },
    );
    L.add(progress);
    // The category follows the progress, whose width depends on the language.
    if (cat) L.add(this.label(m + progress.width + 24, 18, cat, { size: 20, color: '#c9d6f0' }));
    const pts = question && this.pack.quiz ? questionPoints(quiz, question) : 0;
    L.add(
      this.label(m + lw, 16, t('host.quiz.worth', { points: pts }), {
        size: 22,
        bold: true,
        align: 'right',
      }).setOrigin(1, 0),
    );
    // Picture
    const picTop = 60;
    const statusH = quiz.answerShown ? Math.min(220, vh * 0.33) : 110;
    const picH = vh - picTop - statusH - barH - 3 * m;
    L.add(pictureBackdrop(this, m, picTop, lw, picH));
    if (question) {
      const px = Math.round(Math.min(lw, picH) * this.ratio);
      L.add(
        drawPicture(
          this,
          this.pack,
          question.picture,
          m + lw / 2,
          picTop + picH / 2,
          lw - 32,
          picH - 32,
          this.ratio,
        ),
      );
      this.ensurePicture(`q:${question.id}`, () =>
        loadPictureTextures(this, this.pack, question.picture, px),
      );
    }
    // Status
    this.drawStatus(quiz, question, m, picTop + picH + m, lw, statusH);
    // Right column: timer, key picture, teams
    let y = 8;
    const r = 54;
    this.timerBox = { x: x1 + rw / 2, y: y + r + 4, r };
    this.timerRing = this.add.graphics();
    this.timerText = this.label(x1 + rw / 2, y + r + 4, '', {
      size: 56,
      bold: true,
      align: 'center',
    }).setOrigin(0.5);
    L.add([this.timerRing, this.timerText]);
    this.shownSecond = -1;
    this.shownRing = '';
    this.drawTimer(quiz, Date.now());
    y += 2 * r + 20;
    const keyPic = this.pack.keyPicture;
    if (quiz.key && keyPic) {
      const kh = Math.min(rw * 0.62, (vh - y - barH - m) * 0.42);
      this.drawKey(quiz, x1, y, rw, kh);
      y += kh + m + 22;
    }
    this.drawTeams(quiz, x1, y, rw, vh - y - barH - 2 * m);
    // Buttons
    this.drawBar(this.layer, this.questionButtons(quiz), vh - barH - 8, barH, QUIZ_BAR_PRIMARY);
  }

  private drawStatus(
    quiz: TeamState,
    q: PackQuestion | null,
    x: number,
    y: number,
    w: number,
    h: number,
  ): void {
    const L = this.layer;
    if (this.pending) {
      L.add(this.add.graphics().fillStyle(COLOR.accent, 1).fillRoundedRect(x, y, w, 64, 14));
      L.add(
        this.label(x + w / 2, y + 32, this.pendingText(this.pending), {
          size: 26,
          bold: true,
          color: '#14213d',
          align: 'center',
          wrap: w - 24,
        }).setOrigin(0.5),
      );
      return;
    }
    if (quiz.answerShown && q) {
      L.add(this.add.graphics().fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, h, 16));
      const ans = this.label(x + 20, y + 10, q.answer.toLocaleUpperCase('vi'), {
        size: 44,
        bold: true,
        color: '#14213d',
        wrap: w - 40,
      });
      L.add(ans);
      const who = quiz.results.at(-1)?.answeredBy ?? null;
      L.add(
        this.label(
          x + w - 20,
          y + 18,
          who ? t('host.quiz.wonBy', { team: this.teamName(who) }) : t('host.quiz.nobody'),
          { size: 20, bold: true, color: who ? '#1d7a48' : '#8a2c2f', align: 'right' },
        ).setOrigin(1, 0),
      );
      if (q.explanation) {
        L.add(
          this.label(x + 20, y + 20 + ans.height, packText(q.explanation), {
            size: 22,
            color: '#14213d',
            wrap: w - 40,
          }),
        );
      }
      return;
    }
    let text = '';
    let color = '#ffffff';
    if (quiz.answering) {
      const team = quiz.teams.find((x2) => x2.id === quiz.answering);
      text = t('host.quiz.answering', { team: team?.name ?? '' });
      color = team?.color ?? color;
      if (quiz.queue.length > 0)
        text += `\n${t('host.quiz.queue', { teams: quiz.queue.map((id) => this.teamName(id)).join(', ') })}`;
    } else if (quiz.phase === 'ready') text = t('host.quiz.ready');
    else if (quiz.phase === 'running') text = t('host.quiz.running', { n: quiz.teams.length });
    else if (quiz.phase === 'paused') text = t('host.quiz.paused');
    L.add(
      this.label(x + w / 2, y + h / 2, text, {
        size: 30,
        bold: true,
        color,
        align: 'center',
        wrap: w,
      }).setOrigin(0.5),
    );
  }

  private drawTimer(quiz: TeamState, now: number): void {
    if (!this.timerText || !this.timerRing || quiz.phase === 'finished') return;
    const left = timerRemainingMs(quiz.timer, now);
    const sec = Math.ceil(left / 1000);
    const { x, y, r } = this.timerBox;
    const frac = quiz.timer.durationMs > 0 ? left / quiz.timer.durationMs : 0;
    const urgent = sec <= TICK_FROM_SEC && quiz.phase === 'running';
    // One step of the arc is a degree (under 2 px of the ring on a projector): a stopped timer,
    // or one between steps, draws nothing new, so frames can stop (see isAnimating).
    const ring = `${String(Math.round(frac * RING_STEPS))}:${String(urgent)}`;
    if (ring !== this.shownRing) {
      this.shownRing = ring;
      const g = this.timerRing;
      g.clear();
      g.fillStyle(COLOR.panel, 1).fillCircle(x, y, r);
      g.lineStyle(10, urgent ? COLOR.wrong : COLOR.accent, 1);
      g.beginPath();
      g.arc(x, y, r - 6, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * frac, false);
      g.strokePath();
    }
    if (sec !== this.shownSecond) {
      if (urgent && this.shownSecond !== -1 && sec > 0) this.services.sound.play('tick');
      this.shownSecond = sec;
      this.timerText.setText(String(sec));
      this.timerText.setColor(urgent ? '#ff9b9e' : '#ffffff');
    }
  }

  private drawKey(quiz: TeamState, x: number, y: number, w: number, h: number): void {
    const key = quiz.key;
    const pic = this.pack.keyPicture;
    if (!key || !pic) return;
    const L = this.layer;
    L.add(pictureBackdrop(this, x, y, w, h));
    const drawn = drawPicture(
      this,
      this.pack,
      pic.picture,
      x + w / 2,
      y + h / 2,
      w - 16,
      h - 16,
      this.ratio,
    );
    L.add(drawn);
    this.ensurePicture('key', () =>
      loadPictureTextures(this, this.pack, pic.picture, Math.round(Math.max(w, h) * this.ratio)),
    );
    // The tiles cover exactly the picture as drawn (the whole box until it has loaded).
    const b = drawn.getBounds();
    const [bx, by, bw, bh] = b.width > 1 ? [b.x, b.y, b.width, b.height] : [x, y, w, h];
    const { cols, rows } = tileGrid(key.tiles, bw / bh);
    const tw = bw / cols;
    const th = bh / rows;
    for (let i = 0; i < cols * rows; i++) {
      if (key.opened.includes(i) || (i >= key.tiles && key.solvedBy !== null)) continue;
      const cx = bx + (i % cols) * tw;
      const cy = by + Math.floor(i / cols) * th;
      const g = this.add.graphics();
      g.fillStyle(COLOR.panelLight, 1).fillRect(cx, cy, tw, th);
      g.lineStyle(2, COLOR.background, 1).strokeRect(cx + 1, cy + 1, tw - 2, th - 2);
      L.add(g);
      if (i < key.tiles)
        L.add(
          this.label(cx + tw / 2, cy + th / 2, String(i + 1), {
            size: 26,
            bold: true,
            color: '#ffc83d',
          }).setOrigin(0.5),
        );
    }
    const caption = key.solvedBy
      ? t('host.quiz.keySolved', { team: this.teamName(key.solvedBy), answer: pic.answer })
      : t('host.quiz.keyCaption', { opened: key.opened.length, tiles: key.tiles });
    L.add(
      this.label(x + w / 2, y + h + 2, caption, {
        size: 16,
        color: '#c9d6f0',
        align: 'center',
        wrap: w,
      }).setOrigin(0.5, 0),
    );
  }

  private drawTeams(quiz: TeamState, x: number, y: number, w: number, h: number): void {
    const L = this.layer;
    const n = quiz.teams.length;
    const rowH = Math.min(72, (h - (n - 1) * 8) / n);
    quiz.teams.forEach((team, i) => {
      const ry = y + i * (rowH + 8);
      const answering = quiz.answering === team.id;
      const out = quiz.lockedOut.includes(team.id);
      const queued = quiz.queue.indexOf(team.id);
      const g = this.add.graphics();
      g.fillStyle(
        answering ? hexToNumber(team.color) : COLOR.panel,
        out ? 0.45 : 1,
      ).fillRoundedRect(x, ry, w, rowH, 12);
      g.fillStyle(hexToNumber(team.color), 1).fillRoundedRect(x, ry, 14, rowH, {
        tl: 12,
        bl: 12,
        tr: 0,
        br: 0,
      });
      L.add(g);
      const ink = answering ? '#14213d' : '#ffffff';
      L.add(
        this.label(x + 30, ry + rowH / 2, String(i + 1), {
          size: 22,
          bold: true,
          color: answering ? '#14213d' : '#ffc83d',
        }).setOrigin(0, 0.5),
      );
      const status = out
        ? ' ✗'
        : queued >= 0
          ? ` · ${t('host.quiz.waiting', { n: queued + 1 })}`
          : '';
      L.add(
        this.label(x + 60, ry + rowH / 2, `${team.name}${status}`, {
          size: 24,
          bold: true,
          color: ink,
        }).setOrigin(0, 0.5),
      );
      L.add(
        this.label(x + w - 14, ry + rowH / 2, String(team.score), {
          size: 34,
          bold: true,
          color: ink,
          align: 'right',
        }).setOrigin(1, 0.5),
      );
    });
  }

  private questionButtons(quiz: TeamState): BarItem[] {
    const at = (): number => Date.now();
    const list: BarItem[] = [];
    if (quiz.phase === 'closed')
      list.push([
        'next',
        t('host.btn.next'),
        () => this.act({ type: 'quiz', action: { type: 'next', at: at() } }),
      ]);
    else if (quiz.phase === 'answering') {
      list.push([
        'right',
        t('host.btn.right'),
        () => this.act({ type: 'quiz', action: { type: 'judge', correct: true, at: at() } }),
      ]);
      list.push([
        'wrong',
        t('host.btn.wrong'),
        () => this.act({ type: 'quiz', action: { type: 'judge', correct: false, at: at() } }),
      ]);
    } else {
      list.push([
        'timer',
        quiz.phase === 'running' ? t('host.btn.pause') : t('host.btn.start'),
        () => {
          this.onCommand({ type: 'timer' });
        },
      ]);
    }
    if (quiz.phase !== 'closed')
      list.push([
        'reveal',
        t('host.btn.reveal'),
        () => this.act({ type: 'quiz', action: { type: 'reveal-answer', at: at() } }),
      ]);
    if (quiz.key && quiz.key.solvedBy === null) {
      list.push([
        'key-tile',
        t('host.btn.keyTile'),
        () => this.act({ type: 'quiz', action: { type: 'open-key-tile', at: at() } }),
      ]);
      list.push([
        'key-guess',
        t('host.btn.keyGuess'),
        () => {
          this.setPending({ kind: 'key-guess', team: null });
        },
      ]);
    }
    list.push([
      'undo',
      t('host.btn.undo'),
      () => {
        this.undo();
      },
    ]);
    list.push([
      'help',
      t('host.btn.help'),
      () => {
        this.showHelp();
      },
    ]);
    return list;
  }

  private drawPodium(quiz: TeamState): void {
    const L = this.layer;
    const vw = this.vw;
    const vh = this.vh;
    L.add(
      this.label(vw / 2, 16, t('host.podium.title'), {
        size: 40,
        bold: true,
        color: '#ffc83d',
        align: 'center',
      }).setOrigin(0.5, 0),
    );
    const ranked = ranking(quiz);
    const baseY = vh * 0.62;
    const maxH = vh * 0.3;
    const bw = Math.min(260, vw * 0.22);
    const spots = [
      { place: 2, x: vw / 2 - bw - 12, h: 0.62 },
      { place: 1, x: vw / 2, h: 0.9 },
      { place: 3, x: vw / 2 + bw + 12, h: 0.42 },
    ];
    for (const spot of spots) {
      const teams = ranked.filter((r) => r.place === spot.place).map((r) => r.team);
      if (teams.length === 0) continue;
      const h = maxH * spot.h;
      const first = teams[0];
      const g = this.add.graphics();
      g.fillStyle(first ? hexToNumber(first.color) : COLOR.panel, 1).fillRoundedRect(
        spot.x - bw / 2,
        baseY - h,
        bw,
        h,
        { tl: 14, tr: 14, bl: 0, br: 0 },
      );
      L.add(g);
      L.add(
        this.label(spot.x, baseY - h + 12, String(spot.place), {
          size: 48,
          bold: true,
          color: '#14213d',
          align: 'center',
        }).setOrigin(0.5, 0),
      );
      const names = teams.map((x) => `${x.name}\n${String(x.score)}`).join('\n');
      L.add(
        this.label(spot.x, baseY - h - 8, names, {
          size: 26,
          bold: true,
          align: 'center',
          wrap: bw + 20,
        }).setOrigin(0.5, 1),
      );
    }
    L.add(
      this.add
        .graphics()
        .fillStyle(0xffffff, 1)
        .fillRect(vw * 0.1, baseY, vw * 0.8, 4),
    );
    const rest = ranked.filter((r) => r.place > 3);
    if (rest.length > 0) {
      const line = rest
        .map((r) => `${String(r.place)}. ${r.team.name} ${String(r.team.score)}`)
        .join('   ');
      L.add(
        this.label(vw / 2, baseY + 18, line, {
          size: 24,
          align: 'center',
          wrap: vw - 40,
        }).setOrigin(0.5, 0),
      );
    }
    const key = quiz.key;
    if (key && this.pack.keyPicture) {
      const text = key.solvedBy
        ? t('host.quiz.keySolved', {
            team: this.teamName(key.solvedBy),
            answer: this.pack.keyPicture.answer,
          })
        : t('host.podium.keyAnswer', { answer: this.pack.keyPicture.answer });
      L.add(
        this.label(vw / 2, baseY + 60, text, {
          size: 24,
          color: '#c9d6f0',
          align: 'center',
          wrap: vw - 40,
        }).setOrigin(0.5, 0),
      );
    }
    const items: BarItem[] = [];
    if (this.meeting.state.skitPlanned && this.pack.skit)
      items.push([
        'skit',
        t('host.btn.toSkit'),
        () => {
          this.afterQuiz();
        },
      ]);
    else
      items.push([
        'end-meeting',
        t('host.btn.endMeeting'),
        () => {
          this.afterQuiz();
        },
      ]);
    items.push([
      'report',
      t('host.btn.report'),
      () => {
        this.showReport();
      },
    ]);
    items.push([
      'qr',
      t('host.btn.qr'),
      () => {
        this.showQrCode();
      },
    ]);
    items.push([
      'undo',
      t('host.btn.undo'),
      () => {
        this.undo();
      },
    ]);
    this.drawBar(this.layer, items, vh - 76, 60, QUIZ_BAR_PRIMARY);
    if (this.celebrate) this.confetti();
    this.celebrate = false;
  }

  private drawOver(): void {
    const L = this.layer;
    L.add(
      this.label(this.vw / 2, this.vh * 0.22, t('host.overTitle'), {
        size: 44,
        bold: true,
        color: '#ffc83d',
        align: 'center',
        wrap: this.vw - 40,
      }).setOrigin(0.5),
    );
    const quiz = this.quiz;
    if (quiz) {
      const line = ranking(quiz)
        .map((r) => `${String(r.place)}. ${r.team.name}: ${String(r.team.score)}`)
        .join('\n');
      L.add(
        this.label(this.vw / 2, this.vh * 0.34, line, { size: 28, align: 'center' }).setOrigin(
          0.5,
          0,
        ),
      );
    }
    this.drawBar(
      this.layer,
      [
        [
          'report',
          t('host.btn.report'),
          () => {
            this.showReport();
          },
        ],
        [
          'qr',
          t('host.btn.qr'),
          () => {
            this.showQrCode();
          },
        ],
        [
          'undo',
          t('host.btn.undo'),
          () => {
            this.undo();
          },
        ],
        [
          'menu',
          t('host.btn.menu'),
          () => {
            this.scene.start(SCENE.menu, {});
          },
        ],
      ],
      this.vh - 76,
      60,
      QUIZ_BAR_PRIMARY,
    );
  }

  private confetti(): void {
    if (this.services.reducedMotion) return;
    const colours = [COLOR.accent, COLOR.right, 0x4cc9f0, 0xf72585, 0xffffff];
    for (let i = 0; i < 70; i++) {
      const g = this.add.graphics();
      g.fillStyle(colours[i % colours.length] ?? COLOR.accent, 1).fillRect(-5, -8, 10, 16);
      g.setPosition(Phaser.Math.Between(0, Math.round(this.vw)), -20);
      // Behind the podium, its names and scores: the confetti never hides who won.
      this.layer.addAt(g, 0);
      this.tweens.add({
        targets: g,
        y: this.vh + 20,
        angle: Phaser.Math.Between(-360, 360),
        x: g.x + Phaser.Math.Between(-80, 80),
        duration: Phaser.Math.Between(1800, 3200),
        delay: Phaser.Math.Between(0, 900),
        onComplete: () => {
          g.destroy();
        },
      });
    }
  }

  override testState(): unknown {
    const s = this.meeting.state;
    const quiz = s.quiz;
    return {
      ...(super.testState() as object),
      part: s.part,
      phase: quiz?.phase ?? null,
      index: quiz?.index ?? null,
      total: quiz?.order.length ?? 0,
      questionId: this.question?.id ?? null,
      answer: this.question?.answer ?? null,
      teams: quiz?.teams.map((x) => ({ id: x.id, name: x.name, score: x.score })) ?? [],
      answering: quiz?.answering ?? null,
      queue: quiz?.queue ?? [],
      lockedOut: quiz?.lockedOut ?? [],
      answerShown: quiz?.answerShown ?? false,
      key: quiz?.key
        ? { opened: quiz.key.opened.length, tiles: quiz.key.tiles, solvedBy: quiz.key.solvedBy }
        : null,
      timerMs: quiz ? timerRemainingMs(quiz.timer, Date.now()) : 0,
      pending: this.pending?.kind ?? null,
      canUndo: this.meeting.log.actions.length > 0,
    };
  }
}
