import './host.css';
import type { MeetingConfig } from '../core/meeting/meeting';
import { VOTE_TIME_CHOICES_SEC, VOTE_TIME_MS } from '../core/meeting/vote-timer';
import { pickQuestions } from '../core/meeting/select';
import { MAX_TEAMS, MIN_TEAMS, type TeamDef } from '../core/quiz/teams';
import type { Pack } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { shieldFromGame } from '../shared/ui/dom-dialog';
import { TEAM_COLORS } from '../shared/ui/theme';
import { roomServerHere } from './phones/phone-room';
import { TEAM_NAME_MAX } from './team-memory';

export interface SavedMeetingSummary {
  readonly when: string;
  readonly what: string;
  readonly onContinue: () => void;
}

export interface HostSetupOptions {
  readonly pack: Pack;
  readonly saved: SavedMeetingSummary | null;
  readonly onStart: (config: MeetingConfig) => void;
  readonly onCancel: () => void;
  /** Opens the list of past meetings' reports. */
  readonly onPastReports: () => void;
  readonly onGuide: () => void;
  /** The team names of the last meeting on this device, offered again; null for the defaults. */
  readonly lastTeams: readonly string[] | null;
  /** The vote length (s) of the last meeting on this device; null for the default. */
  readonly lastVoteTime: number | null;
}

const TIME_CHOICES = [0, 15, 20, 30, 45, 60, 90];
const POINT_CHOICES = [0, 10, 20, 50, 100];
const PENALTY_CHOICES = [0, 5, 10, 20, 50];
const COUNT_CHOICES = [5, 8, 10, 12, 15, 20, 0];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function select(
  name: string,
  choices: readonly number[],
  value: number,
  text: (v: number) => string,
): HTMLSelectElement {
  const s = el('select', { name });
  for (const v of choices)
    s.append(el('option', { value: String(v), selected: v === value }, text(v)));
  return s;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return el('label', {}, text, control);
}

/**
 * The facilitator's setup, as a real form (team names need a Vietnamese keyboard): teams and
 * colours, questions by category and count, time, points, the key picture, the skit, and the
 * number of people present.
 */
export function openHostSetup(o: HostSetupOptions): HTMLElement {
  const { pack } = o;
  const panel = el('section', { className: 'host-panel' });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('host.setup.title'));
  const form = el('form', { noValidate: true });
  panel.append(
    el('h1', {}, t('host.setup.title')),
    el(
      'p',
      { className: 'note' },
      t('host.setup.pack', { title: packText(pack.title), version: pack.version }),
    ),
  );

  if (o.saved) {
    const saved = o.saved;
    const box = el('div', { className: 'saved' });
    const cont = el(
      'button',
      { type: 'button', className: 'primary', id: 'continue-meeting' },
      t('host.setup.continue'),
    );
    cont.addEventListener('click', () => {
      panel.remove();
      saved.onContinue();
    });
    box.append(
      el('p', {}, t('host.setup.savedMeeting', { when: saved.when, what: saved.what })),
      cont,
    );
    panel.append(box);
  }

  // Teams
  const teamsSet = el('fieldset', {}, el('legend', {}, t('host.setup.teams')));
  const count = select('team-count', [2, 3, 4, 5, 6], o.lastTeams?.length ?? 3, (v) =>
    t('host.setup.teamCount', { count: v }),
  );
  teamsSet.append(labelled(t('host.setup.howManyTeams'), count));
  const rows = el('div');
  teamsSet.append(rows);
  const defaultNames = t('host.setup.teamNames').split('|');
  const offered = o.lastTeams ?? [];
  const teamRows: { row: HTMLElement; name: HTMLInputElement; color: HTMLSelectElement }[] = [];
  for (let i = 0; i < MAX_TEAMS; i++) {
    const name = el('input', {
      type: 'text',
      name: `team-${i + 1}`,
      value: offered[i] ?? defaultNames[i] ?? `${i + 1}`,
      maxLength: TEAM_NAME_MAX,
    });
    name.setAttribute('aria-label', t('host.setup.teamName', { n: i + 1 }));
    const color = el('select', { name: `color-${i + 1}` });
    color.setAttribute('aria-label', t('host.setup.teamColour', { n: i + 1 }));
    TEAM_COLORS.forEach((c, k) => {
      color.append(el('option', { value: c, selected: k === i }, t(`host.colour.${k}`)));
    });
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = TEAM_COLORS[i] ?? '#fff';
    color.addEventListener('change', () => {
      swatch.style.background = color.value;
    });
    const row = el(
      'div',
      { className: 'team-row' },
      el('strong', {}, `${i + 1}.`),
      name,
      swatch,
      color,
    );
    rows.append(row);
    teamRows.push({ row, name, color });
  }
  const showTeams = (): void => {
    const n = Number(count.value);
    teamRows.forEach((r, i) => {
      r.row.hidden = i >= n;
    });
  };
  count.addEventListener('change', showTeams);
  showTeams();
  form.append(teamsSet);

  // Questions
  const quizSet = el('fieldset', {}, el('legend', {}, t('host.setup.questions')));
  const playQuiz = el('input', {
    type: 'checkbox',
    name: 'play-quiz',
    checked: pack.quiz !== null,
    disabled: pack.quiz === null,
  });
  quizSet.append(labelled(t('host.setup.playQuiz'), playQuiz));
  const questions = pack.quiz?.questions ?? [];
  const catBoxes: HTMLInputElement[] = [];
  const categories = [...new Set(questions.map((q) => q.category))];
  const catWrap = el('div');
  for (const c of categories) {
    const n = questions.filter((q) => q.category === c).length;
    const box = el('input', { type: 'checkbox', name: 'category', value: c, checked: true });
    catBoxes.push(box);
    catWrap.append(labelled(`${packText(pack.categories[c]) || c} (${n})`, box));
  }
  quizSet.append(el('p', { className: 'note' }, t('host.setup.categories')), catWrap);
  const countSel = select(
    'question-count',
    COUNT_CHOICES,
    Math.min(10, questions.length) === questions.length ? 0 : 10,
    (v) =>
      v === 0
        ? t('host.setup.allQuestions', { count: questions.length })
        : t('host.setup.nQuestions', { count: v }),
  );
  const time = select('time', TIME_CHOICES, 30, (v) =>
    v === 0 ? t('host.setup.perQuestion') : t('host.setup.seconds', { count: v }),
  );
  const points = select('points', POINT_CHOICES, 0, (v) =>
    v === 0 ? t('host.setup.perQuestion') : t('host.setup.points', { count: v }),
  );
  const penalty = select('penalty', PENALTY_CHOICES, 0, (v) =>
    v === 0 ? t('host.setup.noPenalty') : t('host.setup.points', { count: v }),
  );
  quizSet.append(
    labelled(t('host.setup.howManyQuestions'), countSel),
    labelled(t('host.setup.time'), time),
    labelled(t('host.setup.pointsLabel'), points),
    labelled(t('host.setup.penalty'), penalty),
  );
  const keyOn = el('input', {
    type: 'checkbox',
    name: 'key-picture',
    checked: pack.keyPicture !== null,
    disabled: pack.keyPicture === null,
  });
  quizSet.append(labelled(t('host.setup.keyPicture'), keyOn));
  form.append(quizSet);

  // Skit and people
  const moreSet = el('fieldset', {}, el('legend', {}, t('host.setup.more')));
  const playSkit = el('input', {
    type: 'checkbox',
    name: 'play-skit',
    checked: pack.skit !== null,
    disabled: pack.skit === null,
  });
  moreSet.append(
    labelled(
      pack.skit
        ? t('host.setup.playSkit', { title: packText(pack.skit.title) })
        : t('host.setup.noSkit'),
      playSkit,
    ),
  );
  // The skit vote's countdown (Space at a choice); no skit, nothing to time.
  const voteTime = select(
    'vote-time',
    VOTE_TIME_CHOICES_SEC,
    o.lastVoteTime ?? VOTE_TIME_MS / 1000,
    (v) => t('host.setup.seconds', { count: v }),
  );
  const skitShown = (): void => {
    voteTime.disabled = !playSkit.checked || pack.skit === null;
  };
  playSkit.addEventListener('change', skitShown);
  skitShown();
  moreSet.append(labelled(t('host.setup.voteTime'), voteTime));
  const people = el('input', {
    type: 'number',
    name: 'people',
    min: '0',
    max: '2000',
    step: '1',
    value: '0',
    inputMode: 'numeric',
  });
  moreSet.append(labelled(t('host.setup.people'), people));
  // Phones can join only where the room server answers (`npm start`); the note says why not.
  const phones = el('input', { type: 'checkbox', name: 'phones', checked: false, disabled: true });
  const phonesNote = el('p', { className: 'note', id: 'phones-note' }, t('host.phones.connecting'));
  moreSet.append(labelled(t('host.setup.phones'), phones), phonesNote);
  void roomServerHere().then((here) => {
    phones.disabled = !here;
    phones.checked = here;
    phonesNote.textContent = t(here ? 'host.setup.phonesNote' : 'host.phones.unavailable');
  });
  form.append(moreSet);

  const error = el('p', { className: 'error' });
  error.setAttribute('role', 'alert');
  error.style.color = '#ff9b9e';
  error.style.fontWeight = '700';
  const start = el(
    'button',
    { type: 'submit', className: 'primary', id: 'start-meeting' },
    t('host.setup.start'),
  );
  const cancel = el('button', { type: 'button', id: 'cancel-setup' }, t('host.setup.back'));
  cancel.addEventListener('click', () => {
    panel.remove();
    o.onCancel();
  });
  const past = el('button', { type: 'button', id: 'past-reports' }, t('host.setup.pastReports'));
  past.addEventListener('click', () => {
    o.onPastReports();
  });
  const guide = el('button', { type: 'button', id: 'open-guide' }, t('host.guide.open'));
  guide.addEventListener('click', () => {
    o.onGuide();
  });
  form.append(error, el('div', { className: 'actions' }, start, past, guide, cancel));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const n = Number(count.value);
    const teams: TeamDef[] = teamRows.slice(0, n).map((r, i) => ({
      id: `t${i + 1}`,
      name: r.name.value.trim() || t('host.setup.teamName', { n: i + 1 }),
      color: r.color.value,
    }));
    const chosenCats = catBoxes.filter((b) => b.checked).map((b) => b.value);
    const wanted = Number(countSel.value) || questions.length;
    const ids = pickQuestions(
      questions,
      chosenCats.length === catBoxes.length ? [] : chosenCats,
      wanted,
    );
    const peopleCount = Number(people.value || '0');
    const problems: string[] = [];
    if (teams.length < MIN_TEAMS) problems.push(t('host.setup.needTeams'));
    if (new Set(teams.map((tm) => tm.name.toLowerCase())).size < teams.length)
      problems.push(t('host.setup.sameNames'));
    if (!Number.isInteger(peopleCount) || peopleCount < 0 || peopleCount > 2000)
      problems.push(t('host.setup.badPeople'));
    const quizOn = playQuiz.checked && pack.quiz !== null;
    const skitOn = playSkit.checked && pack.skit !== null;
    if (quizOn && ids.length === 0) problems.push(t('host.setup.noQuestions'));
    if (!quizOn && !skitOn) problems.push(t('host.setup.nothingToPlay'));
    if (problems.length > 0) {
      error.textContent = problems.join(' ');
      return;
    }
    const timeSec = Number(time.value);
    const pts = Number(points.value);
    const config: MeetingConfig = {
      quiz: quizOn
        ? {
            teams,
            questionIds: ids,
            ...(timeSec > 0 ? { timeLimitSec: timeSec } : {}),
            ...(pts > 0 ? { pointsPerQuestion: pts } : {}),
            wrongPenalty: Number(penalty.value),
            keyPicture:
              keyOn.checked && pack.keyPicture
                ? {
                    answer: pack.keyPicture.answer,
                    alternatives: pack.keyPicture.alternatives,
                    tiles: pack.keyPicture.tiles,
                    bonus: pack.keyPicture.bonus,
                  }
                : null,
          }
        : null,
      skit: skitOn,
      ...(skitOn ? { voteTimeSec: Number(voteTime.value) } : {}),
      peoplePresent: peopleCount,
      ...(phones.checked ? { phones: true } : {}),
    };
    panel.remove();
    o.onStart(config);
  });
  panel.append(form);
  shieldFromGame(panel);
  panel.addEventListener('keydown', (e) => {
    e.stopPropagation();
  });
  (document.getElementById('ui-layer') ?? document.body).append(panel);
  (o.saved ? panel.querySelector<HTMLElement>('#continue-meeting') : teamRows[0]?.name)?.focus();
  return panel;
}
