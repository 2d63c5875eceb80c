/** The copy-free lower case (text/chars.ts) the rules read words with must lower exactly as toLowerCase does. */
import { describe, expect, it } from 'vitest';
import { toLowerFast } from '../../../src/core/text/chars.js';

describe('toLowerFast', () => {
  it('lowers every word as String.prototype.toLowerCase does', () => {
    for (const word of ['said', 'Said', 'SAID', 'McDonald', 'al-Sabah', 'd’Estaing', 'rock’n’roll', '1990s', '', ',', '—',
      'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Straße', 'ÉCOLE', 'Ǆemal', 'ﬁnance', 'Ａｂｃ', 'naïve', 'Zoë']) {
      expect(toLowerFast(word), word).toBe(word.toLowerCase());
    }
  });
});
