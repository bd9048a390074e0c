import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/shared/i18n';
import { translator } from '../report/report-fixture';

/**
 * The packs' texts send the facilitator to the menu's buttons: they name them with the very
 * words the buttons show, in both languages (the words given as the game gives them).
 */
describe('the words of the packs', () => {
  it('name the menu buttons as the buttons say them', () => {
    for (const lang of LANGS) {
      const t = translator(lang);
      const button = t('menu.openPack');
      expect(button).toMatch(/…$/);
      expect(t('packs.chosenGone', { button })).toContain(`“${button}”`);
      expect(t('packs.empty', { button })).toContain(`“${button}”`);
      const list = t('menu.myPacks');
      expect(t('menu.packKeptNotChosen', { title: 'X', list })).toContain(`“${list}”`);
    }
    expect(translator('vi')('packs.empty', { button: 'B' })).toContain('Bấm “B”');
    expect(translator('en')('menu.openPack')).toBe('Open a content pack…');
  });
});
