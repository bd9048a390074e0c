import { historyLines, type SkitState, type SkitView } from '../core/skit';
import type { Skit } from '../core/types';
import { packText, t } from '../shared/i18n';
import { dialogButton, openDialog } from '../shared/ui/dom-dialog';
import { buildEndingBody } from '../shared/ui/ending-view';

/** The skit's DOM dialogs on a phone: the ending and the history. */

/** The ending's debrief; "replay" opens the history, close goes to the menu. */
export function openEndingDialog(
  view: Extract<SkitView, { kind: 'ending' }>,
  on: { readonly replay: () => void; readonly menu: () => void },
): HTMLElement {
  return openDialog(
    packText(view.ending.title),
    (body) => {
      buildEndingBody(body, view.ending, { calls: true });
      const replay = dialogButton(t('skit.replay'), on.replay, 'secondary');
      replay.style.marginTop = '16px';
      body.append(replay);
    },
    t('skit.toMenu'),
    on.menu,
  );
}

/**
 * What was said so far; each choice can be made again from there (`rewind` to its step). The
 * list grows long (forty lines to an ending): Close sits under the title, in view at once.
 */
export function openHistoryDialog(
  skit: Skit,
  state: SkitState,
  on: { readonly rewind: (step: number) => void; readonly close: () => void },
): HTMLElement {
  const entries = historyLines(skit, state);
  return openDialog(
    t('skit.history'),
    (body) => {
      const list = document.createElement('ol');
      list.style.paddingLeft = '1.6em';
      for (const entry of entries) {
        const node = skit.nodes.find((n) => n.id === entry.nodeId);
        if (!node) continue;
        const li = document.createElement('li');
        if (node.type === 'line') {
          const who = skit.characters.find((c) => c.id === node.character);
          li.textContent = `${packText(who?.name)}: ${packText(node.text)}`;
        } else if (node.type === 'narration') li.textContent = packText(node.text);
        else if (node.type === 'choice') {
          const chosen = entry.chosen === null ? null : node.options[entry.chosen];
          li.textContent = `${t('skit.youChose')} ${chosen ? packText(chosen.text) : '…'}`;
          if (entry.step !== null) {
            const step = entry.step;
            const again = dialogButton(
              t('skit.chooseAgain'),
              () => {
                on.rewind(step);
              },
              'secondary',
            );
            Object.assign(again.style, { display: 'block', marginTop: '6px', fontSize: '16px' });
            li.append(again);
          }
        } else continue;
        list.append(li);
      }
      body.append(list);
    },
    t('common.close'),
    on.close,
    { actions: [] },
  );
}
