import { questionPoints, type TeamState } from '../core/quiz/teams';
import type { PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { drawPicture, loadPictureTextures, pictureBackdrop } from '../shared/ui/picture-view';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { commandItem, type BarItem, type HostCanvas } from './host-canvas';
import { CountdownFace } from './host-countdown-face';
import { pendingLine, teamName } from './host-quiz-effects';
import {
  fittingSize,
  promptBoxHeight,
  KEY_CAPTION_SIZE,
  questionLayout,
  teamRows,
  tileCells,
  type Box,
} from './host-quiz-layout';
import type { Pending } from './host-rules';

/**
 * The question on the projector: progress and points, the picture, what is happening under
 * it, the countdown, the key picture under its tiles, the teams, the bar. Drawn whole from
 * the state; answers the countdown's face, which the scene keeps turning between states.
 */
export function drawQuestion(
  c: HostCanvas,
  quiz: TeamState,
  question: PackQuestion | null,
  pending: Pending | null,
): CountdownFace {
  const pack = c.pack;
  const keyPic = pack.keyPicture;
  const L = questionLayout(c.vw, c.vh, {
    answerShown: quiz.answerShown,
    hasKey: quiz.key !== null && keyPic !== null,
  });
  const m = L.m;
  // Header
  const progress = c.label(
    m,
    10,
    t('host.quiz.progress', { n: quiz.index + 1, total: quiz.order.length }),
    { size: 30, bold: true, color: '#ffc83d' },
  );
  c.layer.add(progress);
  // The category follows the progress, whose width depends on the language.
  const cat = question ? packText(pack.categories[question.category]) : '';
  if (cat) c.layer.add(c.label(m + progress.width + 24, 18, cat, { size: 20, color: '#c9d6f0' }));
  const pts = question && pack.quiz ? questionPoints(quiz, question) : 0;
  c.layer.add(
    c
      .label(L.headerRight, 16, t('host.quiz.worth', { points: pts }), {
        size: 22,
        bold: true,
        align: 'right',
      })
      .setOrigin(1, 0),
  );
  // Picture
  const p = L.picture;
  c.layer.add(pictureBackdrop(c.scene, p.x, p.y, p.w, p.h));
  if (question) {
    const px = Math.round(Math.min(p.w, p.h) * c.ratio);
    c.layer.add(
      drawPicture(
        c.scene,
        pack,
        question.picture,
        p.x + p.w / 2,
        p.y + p.h / 2,
        p.w - 32,
        p.h - 32,
        c.ratio,
      ),
    );
    c.load(`q:${question.id}`, () => loadPictureTextures(c.scene, pack, question.picture, px));
  }
  drawStatus(c, quiz, question, pending, L.status);
  // Right column: countdown, key picture, teams
  const face = new CountdownFace(c, L.timer);
  face.show(quiz, Date.now());
  if (L.key) drawKey(c, quiz, L.key);
  drawTeams(c, quiz, L.teams);
  c.bar(questionButtons(c, quiz), L.bar.y, L.bar.h);
  return face;
}

function drawStatus(
  c: HostCanvas,
  quiz: TeamState,
  q: PackQuestion | null,
  pending: Pending | null,
  { x, y, w, h }: Box,
): void {
  const L = c.layer;
  if (pending) {
    const line = pendingLine(pending, quiz);
    const text = c
      .label(x + w / 2, y, t(line.key, line.params), {
        size: 26,
        bold: true,
        color: '#14213d',
        align: 'center',
        wrap: w - 24,
      })
      .setOrigin(0.5);
    // The box grows with the prompt (two lines on a wide screen), within the status area.
    const boxH = promptBoxHeight(text.height, h);
    text.setY(y + boxH / 2);
    L.add(c.scene.add.graphics().fillStyle(COLOR.accent, 1).fillRoundedRect(x, y, w, boxH, 14));
    L.add(text);
    return;
  }
  if (quiz.answerShown && q) {
    L.add(c.scene.add.graphics().fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, h, 16));
    const who = quiz.results.at(-1)?.answeredBy ?? null;
    const status = c
      .label(
        x + w - 20,
        y + 18,
        who ? t('host.quiz.wonBy', { team: teamName(quiz, who) }) : t('host.quiz.nobody'),
        { size: 20, bold: true, color: who ? '#1d7a48' : '#8a2c2f', align: 'right' },
      )
      .setOrigin(1, 0);
    L.add(status);
    // A long answer ("HỢP ĐỒNG LAO ĐỘNG") gets smaller type rather than running under the status.
    const ans = c.label(x + 20, y + 10, q.answer.toLocaleUpperCase('vi'), {
      size: 44,
      bold: true,
      color: '#14213d',
    });
    const across = w - 40 - status.width - 16;
    ans.setFontSize(fittingSize(44, 28, across, (s) => ans.setFontSize(s).width));
    L.add(ans);
    if (q.explanation) {
      const top = y + 20 + ans.height;
      const body = c.label(x + 20, top, packText(q.explanation), {
        size: 22,
        color: '#14213d',
        wrap: w - 40,
      });
      const room = y + h - 12 - top;
      const size = fittingSize(22, 14, room, (s) => body.setFontSize(s).height);
      body.setFontSize(size);
      L.add(body);
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
      text += `\n${t('host.quiz.queue', { teams: quiz.queue.map((id) => teamName(quiz, id)).join(', ') })}`;
  } else if (quiz.phase === 'ready') text = t('host.quiz.ready');
  else if (quiz.phase === 'running') text = t('host.quiz.running', { n: quiz.teams.length });
  else if (quiz.phase === 'paused') text = t('host.quiz.paused');
  L.add(
    c
      .label(x + w / 2, y + h / 2, text, { size: 30, bold: true, color, align: 'center', wrap: w })
      .setOrigin(0.5),
  );
}

function drawKey(c: HostCanvas, quiz: TeamState, { x, y, w, h }: Box): void {
  const key = quiz.key;
  const pic = c.pack.keyPicture;
  if (!key || !pic) return;
  const L = c.layer;
  L.add(pictureBackdrop(c.scene, x, y, w, h));
  const drawn = drawPicture(
    c.scene,
    c.pack,
    pic.picture,
    x + w / 2,
    y + h / 2,
    w - 16,
    h - 16,
    c.ratio,
  );
  L.add(drawn);
  c.load('key', () =>
    loadPictureTextures(c.scene, c.pack, pic.picture, Math.round(Math.max(w, h) * c.ratio)),
  );
  // The tiles cover exactly the picture as drawn (the whole box until it has loaded).
  const b = drawn.getBounds();
  const covered = b.width > 1 ? { x: b.x, y: b.y, w: b.width, h: b.height } : { x, y, w, h };
  tileCells(key.tiles, covered).forEach((cell, i) => {
    if (key.opened.includes(i) || (i >= key.tiles && key.solvedBy !== null)) return;
    const g = c.scene.add.graphics();
    g.fillStyle(COLOR.panelLight, 1).fillRect(cell.x, cell.y, cell.w, cell.h);
    g.lineStyle(2, COLOR.background, 1).strokeRect(cell.x + 1, cell.y + 1, cell.w - 2, cell.h - 2);
    L.add(g);
    if (i < key.tiles)
      L.add(
        c
          .label(cell.x + cell.w / 2, cell.y + cell.h / 2, String(i + 1), {
            size: 26,
            bold: true,
            color: '#ffc83d',
          })
          .setOrigin(0.5),
      );
  });
  const caption = key.solvedBy
    ? t('host.quiz.keySolved', { team: teamName(quiz, key.solvedBy), answer: pic.answer })
    : t('host.quiz.keyCaption', { opened: key.opened.length, tiles: key.tiles });
  L.add(
    c
      .label(x + w / 2, y + h + 2, caption, {
        size: KEY_CAPTION_SIZE,
        color: '#c9d6f0',
        align: 'center',
        wrap: w,
      })
      .setOrigin(0.5, 0),
  );
}

function drawTeams(c: HostCanvas, quiz: TeamState, box: Box): void {
  const L = c.layer;
  const rows = teamRows(quiz.teams.length, box);
  quiz.teams.forEach((team, i) => {
    const row = rows[i];
    if (!row) return;
    const { x, y: ry, w, h: rowH } = row;
    const answering = quiz.answering === team.id;
    const out = quiz.lockedOut.includes(team.id);
    const queued = quiz.queue.indexOf(team.id);
    const g = c.scene.add.graphics();
    g.fillStyle(answering ? hexToNumber(team.color) : COLOR.panel, out ? 0.45 : 1).fillRoundedRect(
      x,
      ry,
      w,
      rowH,
      12,
    );
    g.fillStyle(hexToNumber(team.color), 1).fillRoundedRect(x, ry, 14, rowH, {
      tl: 12,
      bl: 12,
      tr: 0,
      br: 0,
    });
    L.add(g);
    const ink = answering ? '#14213d' : '#ffffff';
    L.add(
      c
        .label(x + 30, ry + rowH / 2, String(i + 1), {
          size: 22,
          bold: true,
          color: answering ? '#14213d' : '#ffc83d',
        })
        .setOrigin(0, 0.5),
    );
    const status = out
      ? ' ✗'
      : queued >= 0
        ? ` · ${t('host.quiz.waiting', { n: queued + 1 })}`
        : '';
    L.add(
      c
        .label(x + 60, ry + rowH / 2, `${team.name}${status}`, { size: 24, bold: true, color: ink })
        .setOrigin(0, 0.5),
    );
    L.add(
      c
        .label(x + w - 14, ry + rowH / 2, String(team.score), {
          size: 34,
          bold: true,
          color: ink,
          align: 'right',
        })
        .setOrigin(1, 0.5),
    );
  });
}

/** The question's bar: what the keys do, as buttons, for a mouse. */
function questionButtons(c: HostCanvas, quiz: TeamState): BarItem[] {
  const list: BarItem[] = [];
  if (quiz.phase === 'closed')
    list.push(commandItem(c, 'next', t('host.btn.next'), { type: 'forward' }));
  else if (quiz.phase === 'answering') {
    list.push(commandItem(c, 'right', t('host.btn.right'), { type: 'right' }));
    list.push(commandItem(c, 'wrong', t('host.btn.wrong'), { type: 'wrong' }));
  } else {
    const label = quiz.phase === 'running' ? t('host.btn.pause') : t('host.btn.start');
    list.push(commandItem(c, 'timer', label, { type: 'timer' }));
  }
  if (quiz.phase !== 'closed')
    list.push(commandItem(c, 'reveal', t('host.btn.reveal'), { type: 'reveal' }));
  if (quiz.key && quiz.key.solvedBy === null) {
    list.push(commandItem(c, 'key-tile', t('host.btn.keyTile'), { type: 'key-tile' }));
    list.push(commandItem(c, 'key-guess', t('host.btn.keyGuess'), { type: 'key-guess' }));
  }
  list.push(commandItem(c, 'undo', t('host.btn.undo'), { type: 'undo' }));
  list.push(commandItem(c, 'help', t('host.btn.help'), { type: 'help' }));
  return list;
}
