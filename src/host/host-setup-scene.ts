import {
  beginMeeting,
  unfinishedMeeting,
  type MeetingController,
} from '../shared/session/meeting-session';
import type { StartNotice } from '../shared/packs/pack-source';
import { currentLang, t } from '../shared/i18n';
import { openHostSetup } from './host-setup-form';
import { keepLastTeams, keepLastVoteTime, readLastTeams, readLastVoteTime } from './team-memory';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';
import { showPackNotice, startNoticeText } from '../shared/packs/my-packs-dialog';

/** What the setup says of a saved meeting: when it started, the teams and how far it got. */
function describe(m: MeetingController): { when: string; what: string } {
  const when = new Date(m.log.startedAt).toLocaleString(
    currentLang() === 'vi' ? 'vi-VN' : 'en-GB',
    {
      dateStyle: 'medium',
      timeStyle: 'short',
    },
  );
  const s = m.state;
  const teams = s.quiz?.teams.map((team) => `${team.name} ${String(team.score)}`).join(', ') ?? '';
  const where =
    s.part === 'skit'
      ? t('host.setup.atSkit')
      : s.quiz
        ? t('host.setup.atQuestion', {
            n: Math.min(s.quiz.index + 1, s.quiz.order.length),
            total: s.quiz.order.length,
          })
        : '';
  return { when, what: [teams, where].filter(Boolean).join(' · ') };
}

/** The facilitator's setup before a meeting (a DOM form over the canvas). */
export class HostSetupScene extends BaseScene {
  private form: HTMLElement | null = null;

  constructor() {
    super(SCENE.hostSetup);
  }

  /** `packNotice`: why the built-in pack stands in for the chosen one (from the preloader). */
  create(data: { readonly packNotice?: StartNotice | null } = {}): void {
    this.setupView();
    const pack = this.services.pack;
    if (!pack) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    const saved = unfinishedMeeting(this.services.store, pack);
    const goTo = (m: MeetingController): void => {
      this.services.meeting = m;
      this.scene.start(m.state.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz, {});
    };
    this.form = openHostSetup({
      pack,
      saved: saved
        ? {
            ...describe(saved),
            onContinue: () => {
              goTo(saved);
            },
          }
        : null,
      lastTeams: readLastTeams(this.services.store),
      lastVoteTime: readLastVoteTime(this.services.store),
      onStart: (config) => {
        if (saved && !window.confirm(t('host.setup.confirmNew'))) {
          this.scene.restart();
          return;
        }
        if (config.quiz)
          keepLastTeams(
            this.services.store,
            config.quiz.teams.map((team) => team.name),
          );
        if (config.voteTimeSec !== undefined)
          keepLastVoteTime(this.services.store, config.voteTimeSec);
        const seed = Math.floor(Math.random() * 2 ** 31);
        goTo(beginMeeting(this.services.store, pack, config, seed, Date.now()));
      },
      onCancel: () => {
        this.scene.start(SCENE.menu, {});
      },
      onGuide: () => {
        // Its own chunk: the guide's text is loaded only when asked for.
        void import('./guide-view').then(({ openGuide }) => {
          openGuide(() => {
            document.getElementById('open-guide')?.focus();
          });
        });
      },
      onPastReports: () => {
        this.services.reports.openArchive();
      },
    });
    this.events.once('shutdown', () => {
      this.form?.remove();
      this.form = null;
    });
    this.announce('host.setup.announce');
    // As on the menu: the facilitator must know the meeting is not using the pack they chose.
    if (data.packNotice) showPackNotice(startNoticeText(data.packNotice));
  }

  override testState(): unknown {
    return { form: this.form !== null && this.form.isConnected };
  }
}
