import Phaser from '../shared/engine/phaser-lite';
import { ranking, type TeamState } from '../core/quiz/teams';
import { t } from '../shared/i18n';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { commandItem, type BarItem, type HostCanvas } from './host-canvas';
import { teamName } from './host-quiz-effects';
import { podiumLayout } from './host-quiz-layout';

/**
 * The quiz's last screens on the projector: the podium (then the skit or the end), and the
 * meeting's end with the final places.
 */

/**
 * The podium: the three first places on their steps, the others in a line, the key picture's
 * answer. `skitNext`: the bar leads on to the skit, else to the end of the meeting.
 * `celebrate`: the quiz has just finished (confetti).
 */
export function drawPodium(
  c: HostCanvas,
  quiz: TeamState,
  skitNext: boolean,
  celebrate: boolean,
): void {
  const L = c.layer;
  const { vw, vh } = c;
  L.add(
    c
      .label(vw / 2, 16, t('host.podium.title'), {
        size: 40,
        bold: true,
        color: '#ffc83d',
        align: 'center',
      })
      .setOrigin(0.5, 0),
  );
  const ranked = ranking(quiz);
  const { baseY, stepW: bw, spots } = podiumLayout(vw, vh);
  for (const spot of spots) {
    const teams = ranked.filter((r) => r.place === spot.place).map((r) => r.team);
    const first = teams[0];
    if (!first) continue;
    const h = spot.h;
    const g = c.scene.add.graphics();
    g.fillStyle(hexToNumber(first.color), 1).fillRoundedRect(spot.x - bw / 2, baseY - h, bw, h, {
      tl: 14,
      tr: 14,
      bl: 0,
      br: 0,
    });
    L.add(g);
    L.add(
      c
        .label(spot.x, baseY - h + 12, String(spot.place), {
          size: 48,
          bold: true,
          color: '#14213d',
          align: 'center',
        })
        .setOrigin(0.5, 0),
    );
    const names = teams.map((x) => `${x.name}\n${String(x.score)}`).join('\n');
    L.add(
      c
        .label(spot.x, baseY - h - 8, names, {
          size: 26,
          bold: true,
          align: 'center',
          wrap: bw + 20,
        })
        .setOrigin(0.5, 1),
    );
  }
  L.add(
    c.scene.add
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
      c
        .label(vw / 2, baseY + 18, line, { size: 24, align: 'center', wrap: vw - 40 })
        .setOrigin(0.5, 0),
    );
  }
  const key = quiz.key;
  const keyPic = c.pack.keyPicture;
  if (key && keyPic) {
    const text = key.solvedBy
      ? t('host.quiz.keySolved', { team: teamName(quiz, key.solvedBy), answer: keyPic.answer })
      : t('host.podium.keyAnswer', { answer: keyPic.answer });
    L.add(
      c
        .label(vw / 2, baseY + 60, text, {
          size: 24,
          color: '#c9d6f0',
          align: 'center',
          wrap: vw - 40,
        })
        .setOrigin(0.5, 0),
    );
  }
  const items: BarItem[] = [
    skitNext
      ? commandItem(c, 'skit', t('host.btn.toSkit'), { type: 'forward' })
      : commandItem(c, 'end-meeting', t('host.btn.endMeeting'), { type: 'forward' }),
    commandItem(c, 'report', t('host.btn.report'), { type: 'report' }),
    commandItem(c, 'qr', t('host.btn.qr'), { type: 'qr' }),
    commandItem(c, 'undo', t('host.btn.undo'), { type: 'undo' }),
  ];
  c.bar(items, vh - 76, 60);
  if (celebrate) confetti(c);
}

/** The meeting is over: the final places, the report, the way back to the menu. */
export function drawOver(c: HostCanvas, quiz: TeamState | null): void {
  const L = c.layer;
  L.add(
    c
      .label(c.vw / 2, c.vh * 0.22, t('host.overTitle'), {
        size: 44,
        bold: true,
        color: '#ffc83d',
        align: 'center',
        wrap: c.vw - 40,
      })
      .setOrigin(0.5),
  );
  if (quiz) {
    const line = ranking(quiz)
      .map((r) => `${String(r.place)}. ${r.team.name}: ${String(r.team.score)}`)
      .join('\n');
    L.add(c.label(c.vw / 2, c.vh * 0.34, line, { size: 28, align: 'center' }).setOrigin(0.5, 0));
  }
  c.bar(
    [
      commandItem(c, 'report', t('host.btn.report'), { type: 'report' }),
      commandItem(c, 'qr', t('host.btn.qr'), { type: 'qr' }),
      commandItem(c, 'undo', t('host.btn.undo'), { type: 'undo' }),
      commandItem(c, 'menu', t('host.btn.menu'), { type: 'menu' }),
    ],
    c.vh - 76,
    60,
  );
}

function confetti(c: HostCanvas): void {
  if (c.reducedMotion) return;
  const colours = [COLOR.accent, COLOR.right, 0x4cc9f0, 0xf72585, 0xffffff];
  for (let i = 0; i < 70; i++) {
    const g = c.scene.add.graphics();
    g.fillStyle(colours[i % colours.length] ?? COLOR.accent, 1).fillRect(-5, -8, 10, 16);
    g.setPosition(Phaser.Math.Between(0, Math.round(c.vw)), -20);
    // Behind the podium, its names and scores: the confetti never hides who won.
    c.layer.addAt(g, 0);
    c.scene.tweens.add({
      targets: g,
      y: c.vh + 20,
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
