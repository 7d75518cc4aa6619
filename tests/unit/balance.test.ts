import { describe, expect, it } from 'vitest';
import { balanceOf, type Gender } from '../../shared/nominations/balance';

const people = (spec: Partial<Record<Gender | 'none', number>>) =>
  Object.entries(spec).flatMap(([g, n]) =>
    Array.from({ length: n ?? 0 }, () => (g === 'none' ? {} : { gender: g as Gender })),
  );

describe('the 40 % balance', () => {
  // Hand-computed: minimum = ceil(0.4 × n) → n=1:1, 2:1, 3:2, 4:2, 5:2, 6:3, 7:3, 8:4, 9:4, 10:4.
  it.each([
    [{ woman: 1 }, 1, 1, false],
    [{ woman: 1, man: 1 }, 2, 1, true],
    [{ woman: 2, man: 1 }, 3, 2, false],
    [{ woman: 2, man: 2 }, 4, 2, true],
    [{ woman: 3, man: 2 }, 5, 2, true],
    [{ woman: 4, man: 1 }, 5, 2, false],
    [{ woman: 3, man: 2, other: 1 }, 6, 3, false],
    [{ woman: 3, man: 3 }, 6, 3, true],
    [{ woman: 3, man: 3, undisclosed: 1 }, 7, 3, true],
    [{ woman: 4, man: 3, none: 1 }, 8, 4, false],
    [{ woman: 4, man: 4 }, 8, 4, true],
    [{ woman: 5, man: 4 }, 9, 4, true],
    [{ woman: 6, man: 3 }, 9, 4, false],
    [{ woman: 4, man: 4, other: 1, undisclosed: 1 }, 10, 4, true],
    [{ woman: 7, man: 3 }, 10, 4, false],
  ] as [Partial<Record<Gender | 'none', number>>, number, number, boolean][])(
    '%j: n=%i, minimum %i, balanced %s',
    (spec, total, minimum, meets) => {
      // Act
      const figures = balanceOf(people(spec));
      // Assess
      expect(figures.total).toBe(total);
      expect(figures.minimum).toBe(minimum);
      expect(figures.meets40).toBe(meets);
      expect(figures.women).toBe(spec.woman ?? 0);
      expect(figures.men).toBe(spec.man ?? 0);
      expect(figures.undisclosed).toBe((spec.undisclosed ?? 0) + (spec.none ?? 0));
    },
  );

  it('does not call an empty list balanced', () => {
    // Act / Assess
    expect(balanceOf([])).toMatchObject({ total: 0, minimum: 0, meets40: false });
  });
});
