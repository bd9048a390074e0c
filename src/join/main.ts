import './join.css';
import { io } from 'socket.io-client';
import { EV, ROOM_CODE_LENGTH, type Ok } from '../shared/room/events';
import type { PhoneJoinReply, TeamEntry, View } from '../shared/room/protocol';
import {
  buzzButton,
  countdownLine,
  inkOn,
  keptKey,
  phoneCountdown,
  readKept,
  retryJoin,
  type Kept,
  type PhoneCountdown,
} from './phone-state';
import { fill, texts, type Lang } from './texts';

/**
 * The phone's page in the hall: scan the projector's QR code, pick a team, then buzz during a
 * question, vote during the skit and keep the take-away at the end. A token kept on the phone
 * brings it back into its team after sleep, a reload or lost Wi-Fi, with no question asked;
 * a buzz or vote not yet confirmed by the server is sent again (the projector counts it once).
 */

const params = new URLSearchParams(window.location.search);
let lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
let words = texts(lang);
const root = document.getElementById('join') ?? document.body;
const room = (params.get('room') ?? '').toUpperCase();

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the phone stays in its team until the page closes.
  }
}

const kept: Kept = readKept(load(keptKey(room)));
const keep = (): void => {
  save(keptKey(room), JSON.stringify(kept));
};

let teams: readonly TeamEntry[] = [];
let team: string | null = null;
let view: View | null = null;
let connected = false;
let problem = '';
/** The buzz not yet confirmed by the server, and the question this phone last buzzed on. */
let pendingBuzz: { seq: number; question: number } | null = null;
let buzzedOn = -1;
/** This phone's vote, and whether the server has not confirmed it yet. */
let myVote: { node: string; option: number } | null = null;
let voteUnsent = false;
/** The vote's countdown, and the timer that turns its line each quarter second while it runs. */
let countdown: PhoneCountdown | null = null;
let countdownTimer: ReturnType<typeof setInterval> | null = null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

const teamName = (id: string): string => teams.find((t) => t.id === id)?.name ?? '';

const socket = io({
  path: new URL('socket.io/', new URL('./', window.location.href)).pathname,
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
  autoConnect: room.length === ROOM_CODE_LENGTH,
});

function join(pick?: string): void {
  const message = {
    room,
    ...(kept.token ? { token: kept.token } : {}),
    ...(pick ? { team: pick } : {}),
  };
  socket.timeout(5000).emit(EV.join, message, (err: Error | null, reply?: PhoneJoinReply) => {
    if (err || !reply) {
      joinAgain(pick);
      return;
    }
    if (!reply.ok) {
      const again = retryJoin(reply.reason, kept.token !== null);
      problem =
        reply.reason === 'no-room'
          ? again
            ? words.waitRoom
            : words.noRoom
          : reply.reason === 'room-full'
            ? words.full
            : words.tooFast;
      if (again) joinAgain(pick);
      render();
      return;
    }
    problem = '';
    teams = reply.teams;
    team = reply.team;
    if (reply.token !== null) {
      kept.token = reply.token;
      keep();
    }
    show(reply.view, reply.viewAge);
    if (team !== null) {
      sendBuzz();
      sendVote();
    }
  });
}

/** Tries the join again in a second or two (spread, so a hall of phones does not come at once). */
let retry: ReturnType<typeof setTimeout> | null = null;
function joinAgain(pick?: string): void {
  if (retry !== null) return;
  retry = setTimeout(
    () => {
      retry = null;
      if (connected) join(pick);
    },
    1000 + Math.random() * 1500,
  );
}

function sendBuzz(): void {
  const buzz = pendingBuzz;
  if (!buzz || !connected || team === null) return;
  socket.timeout(4000).emit(EV.buzz, buzz, (err: Error | null, reply?: Ok) => {
    if (err || !reply) return; // Sent again on the next connection.
    if (pendingBuzz?.seq === buzz.seq) pendingBuzz = null;
    render();
  });
}

function sendVote(): void {
  const vote = myVote;
  if (!vote || !voteUnsent || !connected || team === null) return;
  socket.timeout(4000).emit(EV.vote, vote, (err: Error | null, reply?: Ok) => {
    if (err || !reply) return;
    if (myVote === vote) voteUnsent = false;
    render();
  });
}

function show(next: View, ageMs = 0): void {
  if (next.kind === 'vote' && myVote?.node !== next.node) myVote = null;
  view = next;
  countdown = phoneCountdown(next, ageMs, performance.now());
  if (countdownTimer !== null) clearInterval(countdownTimer);
  countdownTimer = null;
  if (countdown?.running)
    countdownTimer = setInterval(() => {
      // Only the line changes: the buttons stay, so a tap in progress is not lost.
      const line = root.querySelector('.vote-timer');
      if (line && countdown) line.textContent = countdownLine(countdown, performance.now(), words);
    }, 250);
  render();
}

/**
 * The first join is sent at once: socket.io sends it right behind its own handshake instead of
 * after the handshake's answer, one round trip less on a slow link. Later connections join on
 * 'connect' (a recovered one is still in its room).
 */
let joinSent = false;
socket.on('connect', () => {
  connected = true;
  if (socket.recovered) {
    sendBuzz();
    sendVote();
  } else if (!joinSent) join();
  joinSent = false;
  render();
});
socket.on('disconnect', () => {
  connected = false;
  render();
});
if (room.length === ROOM_CODE_LENGTH) {
  joinSent = true;
  join();
}
// A recovered connection gets the missed views replayed as they were sent, then the view as it
// stands with its age: the countdown is set right by the last.
socket.on(EV.show, (next: View, ageMs?: number) => {
  show(next, typeof ageMs === 'number' && ageMs >= 0 ? ageMs : 0);
});

function buzz(question: number): void {
  pendingBuzz = { seq: kept.seq, question };
  kept.seq += 1;
  keep();
  buzzedOn = question;
  sendBuzz();
  if ('vibrate' in navigator) navigator.vibrate(60);
  render();
}

function vote(node: string, option: number): void {
  myVote = { node, option };
  voteUnsent = true;
  sendVote();
  render();
}

function codeForm(): HTMLElement {
  const form = el('form', '', 'code');
  const label = el('label', words.codeLabel);
  const input = el('input');
  input.name = 'room';
  input.maxLength = ROOM_CODE_LENGTH;
  input.autocapitalize = 'characters';
  input.autocomplete = 'off';
  label.append(input);
  const go = el('button', words.codeGo);
  go.type = 'submit';
  form.append(label, go);
  return form;
}

function viewPart(v: View, mine: string): HTMLElement[] {
  switch (v.kind) {
    case 'lobby':
      return [el('p', words.lobby, 'waiting')];
    case 'skit':
      return [el('p', words.skit, 'waiting')];
    case 'question': {
      const parts: HTMLElement[] = [
        el('h2', fill(words.question, { n: v.number, total: v.total })),
      ];
      const pictures = v.picture !== null ? [v.picture] : v.rebus;
      if (pictures.length > 0) {
        const figure = el('div', '', 'picture');
        for (const src of pictures) {
          const img = el('img');
          img.src = src;
          img.alt = '';
          figure.append(img);
        }
        parts.push(figure);
      }
      const state = buzzButton(v, mine, words);
      const sent = buzzedOn === v.question && pendingBuzz === null;
      const b = button(
        words.buzz,
        () => {
          buzz(v.question);
        },
        'buzz',
      );
      b.disabled = !state.enabled || !connected;
      const color = teams.find((t) => t.id === mine)?.color;
      if (!b.disabled && color) {
        b.style.backgroundColor = color;
        b.style.color = inkOn(color);
      }
      parts.push(b, el('p', sent && state.enabled ? words.buzzed : state.note, 'note'));
      return parts;
    }
    case 'vote': {
      const parts: HTMLElement[] = [el('h2', v.prompt || words.vote)];
      for (const option of v.options) {
        const chosen = myVote?.node === v.node && myVote.option === option.index;
        const b = button(
          option.text,
          () => {
            vote(v.node, option.index);
          },
          chosen ? 'option chosen' : 'option',
        );
        b.setAttribute('aria-pressed', String(chosen));
        b.disabled = !v.open;
        parts.push(b);
      }
      const mineText = v.options.find((o) => o.index === myVote?.option && myVote.node === v.node);
      if (v.open && countdown)
        parts.splice(
          1,
          0,
          el('p', countdownLine(countdown, performance.now(), words), 'vote-timer'),
        );
      if (!v.open) parts.push(el('p', v.timer ? words.timeUp : words.voteClosed, 'note'));
      else if (mineText)
        parts.push(
          el('p', fill(words.voted, { option: mineText.text.replace(/[.!?]$/, '') }), 'note'),
        );
      return parts;
    }
    case 'over': {
      const list = el('ul', '', 'ranking');
      for (const r of v.ranking) {
        const li = el(
          'li',
          `${r.place}. ${teamName(r.team)} · ${fill(words.points, { score: r.score })}`,
        );
        if (r.team === mine) li.className = 'mine';
        list.append(li);
      }
      const messages = el('ul', '', 'messages');
      for (const m of v.messages) messages.append(el('li', m));
      const call = (number: string, text: string): HTMLElement => {
        const a = el('a', text, 'call');
        a.href = `tel:${number}`;
        return a;
      };
      // Where to get help comes before the long list of what to remember.
      return [
        el('h2', words.over),
        el('h3', words.ranking),
        list,
        el('p', words.help),
        call('111', words.call111),
        call('113', words.call113),
        ...(v.messages.length > 0 ? [el('h3', words.remember), messages] : []),
      ];
    }
  }
}

function render(): void {
  const parts: HTMLElement[] = [];
  if (room.length !== ROOM_CODE_LENGTH) parts.push(el('h1', words.title), codeForm());
  else if (problem) parts.push(el('p', problem, 'problem'));
  else if (!connected && team === null) parts.push(el('p', words.connecting, 'waiting'));
  else if (team === null) {
    parts.push(el('h1', words.pickTeam));
    for (const t of teams) {
      const b = button(
        t.name,
        () => {
          join(t.id);
        },
        'team',
      );
      b.style.borderColor = t.color;
      parts.push(b);
    }
  } else {
    const head = el('p', fill(words.yourTeam, { team: teamName(team) }), 'team-line');
    head.style.borderColor = teams.find((t) => t.id === team)?.color ?? '';
    parts.push(head);
    if (!connected) parts.push(el('p', words.offline, 'problem'));
    if (view) parts.push(...viewPart(view, team));
  }
  parts.push(
    button(
      words.lang,
      () => {
        lang = lang === 'vi' ? 'en' : 'vi';
        words = texts(lang);
        document.documentElement.lang = lang;
        render();
      },
      'lang',
    ),
  );
  root.replaceChildren(...parts);
}

/** The screen stays on during the meeting where the browser can keep it on. */
async function stayAwake(): Promise<void> {
  try {
    if (document.visibilityState === 'visible') await navigator.wakeLock.request('screen');
  } catch {
    // No Wake Lock here (or refused): the phone may dim; it comes back into its team anyway.
  }
}
document.addEventListener('visibilitychange', () => {
  void stayAwake();
});
document.addEventListener(
  'click',
  () => {
    void stayAwake();
  },
  { once: true },
);
void stayAwake();
document.title = words.title;
render();
