import { describe, expect, it } from 'vitest';
import { balanceByRole, balanceOf, type Gender } from '../../shared/nominations/balance';
import {
  checkSeats,
  describeDeviation,
  type Nominee,
  type RoundRules,
} from '../../shared/nominations/seat-rules';

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

  it('40 % exactly at the boundary meets the rule: 2 men of 5, 4 women of 10', () => {
    // Act
    const five = balanceOf(people({ woman: 3, man: 2 }));
    const ten = balanceOf(people({ woman: 4, man: 6 }));
    // Assess
    expect([five.minimum, five.men, five.meets40]).toEqual([2, 2, true]);
    expect([ten.minimum, ten.women, ten.meets40]).toEqual([4, 4, true]);
  });

  it('one short of 40 % misses it: 3 women of 10 (30 %)', () => {
    // Act
    const figures = balanceOf(people({ woman: 3, man: 7 }));
    // Assess
    expect(figures).toMatchObject({ minimum: 4, womenReach40: false, menReach40: true, meets40: false });
  });

  it('multiples of five need exactly 40 %, not one more: 6 of 15, 10 of 25', () => {
    // Act
    const fifteen = balanceOf(people({ woman: 6, man: 9 }));
    const twentyFive = balanceOf(people({ woman: 15, man: 10 }));
    // Assess
    expect([fifteen.minimum, fifteen.meets40]).toEqual([6, true]);
    expect([twentyFive.minimum, twentyFive.meets40]).toEqual([10, true]);
  });

  it('one seat: a single nominee can never reach 40 % of both genders', () => {
    // Act
    const woman = balanceOf(people({ woman: 1 }));
    const man = balanceOf(people({ man: 1 }));
    // Assess
    expect(woman).toMatchObject({ minimum: 1, womenReach40: true, menReach40: false, meets40: false });
    expect(man).toMatchObject({ minimum: 1, womenReach40: false, menReach40: true, meets40: false });
  });

  it('zero of one gender: five women and no men reach 40 % for women only', () => {
    // Act
    const figures = balanceOf(people({ woman: 5 }));
    // Assess
    expect(figures).toMatchObject({
      women: 5,
      men: 0,
      womenReach40: true,
      menReach40: false,
      meets40: false,
    });
  });

  it('other and undisclosed count in the total but towards neither 40 %', () => {
    // Act
    const figures = balanceOf(people({ other: 2, undisclosed: 1, none: 1 }));
    // Assess
    expect(figures).toMatchObject({
      total: 4,
      minimum: 2,
      other: 2,
      undisclosed: 2,
      womenReach40: false,
      menReach40: false,
    });
  });
});

describe('the balance of a round, members and deputies apart', () => {
  const nominee = (role: 'member' | 'deputy', gender?: Gender) => ({ role, ...(gender ? { gender } : {}) });

  it('deputies of one gender never make up for members of the other', () => {
    // Prepare: pooled, 2 women and 2 men would be balanced; per body, neither is.
    const nominees = [
      nominee('member', 'woman'),
      nominee('member', 'woman'),
      nominee('deputy', 'man'),
      nominee('deputy', 'man'),
    ];
    // Act
    const { members, deputies } = balanceByRole(nominees);
    // Assess
    expect(balanceOf(nominees).meets40).toBe(true);
    expect(members).toMatchObject({ total: 2, women: 2, men: 0, meets40: false });
    expect(deputies).toMatchObject({ total: 2, women: 0, men: 2, meets40: false });
  });

  it('balanced members and unbalanced deputies are reported as such', () => {
    // Prepare
    const nominees = [
      nominee('member', 'woman'),
      nominee('member', 'man'),
      nominee('deputy', 'woman'),
      nominee('deputy', 'woman'),
      nominee('deputy'),
    ];
    // Act
    const { members, deputies } = balanceByRole(nominees);
    // Assess
    expect(members.meets40).toBe(true);
    expect(deputies).toMatchObject({
      total: 3,
      minimum: 2,
      women: 2,
      men: 0,
      undisclosed: 1,
      meets40: false,
    });
  });

  it('a round without deputies shows an empty, unbalanced deputies figure', () => {
    // Act
    const { deputies } = balanceByRole([nominee('member', 'woman'), nominee('member', 'man')]);
    // Assess
    expect(deputies).toMatchObject({ total: 0, meets40: false });
  });
});

describe('a seat proposed for one gender only (the round asks for both)', () => {
  const both: RoundRules = { seats: { members: 2, deputies: 1 }, askBothGenders: true };
  const person = (seat: number, role: 'member' | 'deputy', gender?: Gender): Nominee => ({
    seat,
    role,
    name: `N ${seat} ${role}`,
    email: `n${seat}${role}@example.org`,
    language: 'sv',
    ...(gender ? { gender } : {}),
  });

  it('a woman and a man on every seat that has nominees: no deviation', () => {
    // Act
    const { errors, deviations } = checkSeats(
      [
        person(1, 'member', 'woman'),
        person(1, 'member', 'man'),
        person(1, 'deputy', 'man'),
        person(1, 'deputy', 'woman'),
      ],
      both,
      'sv',
    );
    // Assess: seat 2 of the members has nobody, which is no deviation to justify.
    expect(errors).toEqual([]);
    expect(deviations).toEqual([]);
  });

  it('a seat with one gender only, or with other/undisclosed in place of one, is a deviation naming what is missing', () => {
    // Act
    const { errors, deviations } = checkSeats(
      [
        person(1, 'member', 'woman'),
        person(2, 'member', 'man'),
        person(2, 'member', 'other'),
        person(1, 'deputy'),
      ],
      both,
      'en',
    );
    // Assess
    expect(errors).toEqual([]);
    expect(deviations).toEqual([
      { seat: 1, role: 'member', missing: ['man'] },
      { seat: 2, role: 'member', missing: ['woman'] },
      { seat: 1, role: 'deputy', missing: ['woman', 'man'] },
    ]);
    const described = deviations.map((d) => describeDeviation(d, 'en'));
    expect(described[0]).toMatch(/^Seat 1 \(member\): a man /);
    expect(described[1]).toMatch(/^Seat 2 \(member\): a woman /);
    expect(described[2]).toMatch(/^Seat 1 \(deputy\): a woman and a man /);
  });

  it('takes at most two nominees per seat when both are asked for, one otherwise', () => {
    // Prepare
    const three = [person(1, 'member', 'woman'), person(1, 'member', 'man'), person(1, 'member', 'woman')];
    const two = three.slice(0, 2);
    const single: RoundRules = { ...both, askBothGenders: false };
    // Act
    const overBoth = checkSeats(three, both, 'en');
    const overSingle = checkSeats(two, single, 'en');
    // Assess
    expect(overBoth.errors).toEqual([
      { path: 'nominees.0.seat', message: expect.stringMatching(/at most 2/) },
    ]);
    expect(overSingle.errors).toEqual([
      { path: 'nominees.0.seat', message: expect.stringMatching(/at most 1/) },
    ]);
  });

  it('asks no justification when the round does not ask for both genders', () => {
    // Act
    const { errors, deviations } = checkSeats(
      [person(1, 'member', 'woman'), person(2, 'member', 'woman')],
      { ...both, askBothGenders: false },
      'sv',
    );
    // Assess
    expect(errors).toEqual([]);
    expect(deviations).toEqual([]);
  });

  it('refuses a seat beyond the round’s members or deputies, counted apart', () => {
    // Act
    const { errors } = checkSeats([person(3, 'member', 'woman'), person(2, 'deputy', 'man')], both, 'en');
    // Assess
    expect(errors).toEqual([
      { path: 'nominees.0.seat', message: 'Seat 3 (member) does not exist: the round has 2 such seats.' },
      { path: 'nominees.1.seat', message: 'Seat 2 (deputy) does not exist: the round has 1 such seat.' },
    ]);
  });
});
