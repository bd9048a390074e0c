import './phone-lobby.css';
import { t } from '../../shared/i18n';
import type { Roster, TeamEntry } from '../../shared/room/protocol';
import type { RoomStatus } from './phone-room';
import { drawQrSoon } from '../host-overlays';

/**
 * The projector's panel for phones: the QR code of the join page, its address and the room
 * code, and how many phones are in each team; or why phones cannot join. It is a plain element
 * the scene places (the lobby, a corner during the meeting).
 */
export class PhoneLobby {
  readonly root: HTMLElement;
  private readonly status: HTMLElement;
  private readonly qr: HTMLCanvasElement;
  private readonly address: HTMLElement;
  private readonly code: HTMLElement;
  private readonly counts: HTMLElement;

  constructor(private readonly teams: readonly TeamEntry[]) {
    this.root = document.createElement('section');
    this.root.className = 'phone-lobby';
    this.root.id = 'phone-lobby';
    this.root.setAttribute('aria-label', t('host.phones.title'));
    const title = document.createElement('h2');
    title.textContent = t('host.phones.title');
    this.status = document.createElement('p');
    this.status.setAttribute('role', 'status');
    this.qr = document.createElement('canvas');
    this.qr.className = 'qr';
    this.qr.hidden = true;
    this.code = document.createElement('p');
    this.code.className = 'room-code';
    this.address = document.createElement('p');
    this.address.className = 'url';
    this.counts = document.createElement('ul');
    this.counts.className = 'team-counts';
    this.root.append(title, this.status, this.qr, this.code, this.address, this.counts);
    this.setRoster({ connected: {}, joined: 0 });
  }

  setStatus(status: RoomStatus): void {
    this.qr.hidden = status.kind !== 'open';
    if (status.kind !== 'open') {
      this.status.textContent = t(`host.phones.${status.kind}`);
      if (status.kind === 'unavailable') {
        this.code.textContent = '';
        this.address.textContent = '';
      }
      return;
    }
    this.status.textContent = t('host.phones.scan');
    const code = document.createElement('strong');
    code.textContent = status.room;
    this.code.replaceChildren(`${t('host.phones.codeLabel')} `, code);
    this.address.textContent = status.joinUrl;
    drawQrSoon(this.qr, status.joinUrl, 360, 3);
  }

  setRoster(roster: Roster): void {
    this.counts.replaceChildren(
      ...this.teams.map((team) => {
        const li = document.createElement('li');
        li.style.borderColor = team.color;
        li.textContent = t('host.phones.count', {
          team: team.name,
          count: roster.connected[team.id] ?? 0,
        });
        return li;
      }),
    );
  }
}
