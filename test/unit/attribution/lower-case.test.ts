/** The copy-free lower case the attribution reads words with must lower exactly as toLowerCase does. */
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../../src/core/attribution/lower-case.js';

describe('lowerCase', () => {
  it('lowers every word as String.prototype.toLowerCase does', () => {
    for (const word of ['said', 'Said', 'SAID', 'McDonald', 'al-Sabah', 'd’Estaing', 'rock’n’roll', '1990s', '', ',', '—',
      'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Straße', 'ÉCOLE', 'Ǆemal', 'ﬁnance', 'Ａｂｃ', 'naïve', 'Zoë']) {
      expect(lowerCase(word), word).toBe(word.toLowerCase());
    }
  });
});
