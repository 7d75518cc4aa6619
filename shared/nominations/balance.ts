export type Gender = 'woman' | 'man' | 'other' | 'undisclosed';

export interface BalanceFigures {
  women: number;
  men: number;
  other: number;
  undisclosed: number;
  total: number;
  /** ceil(0.4 × total): the fewest women and the fewest men a balanced body has (609/1986, 4 a §). */
  minimum: number;
  womenReach40: boolean;
  menReach40: boolean;
  /** Both women and men reach the minimum; false while nobody is nominated yet. */
  meets40: boolean;
}

/**
 * Counts only, never who (docs/DOMAIN.md, Who sees what). Gender left out counts as undisclosed. The rule is applied to
 * members and to deputies separately by the caller.
 */
export function balanceOf(nominees: readonly { gender?: Gender | undefined }[]): BalanceFigures {
  const count = (g: Gender) => nominees.filter((n) => (n.gender ?? 'undisclosed') === g).length;
  const women = count('woman');
  const men = count('man');
  const total = nominees.length;
  // 0.4 × n computed as 2n / 5 so no floating-point rounding can move the ceiling.
  const minimum = Math.ceil((2 * total) / 5);
  const womenReach40 = total > 0 && women >= minimum;
  const menReach40 = total > 0 && men >= minimum;
  return {
    women,
    men,
    other: count('other'),
    undisclosed: count('undisclosed'),
    total,
    minimum,
    womenReach40,
    menReach40,
    meets40: womenReach40 && menReach40,
  };
}

/**
 * The balance of a round: members and deputies each on their own, as 4 a § applies the quota to each
 * body separately; deputies of one gender never make up for members of the other.
 */
export function balanceByRole(
  nominees: readonly { role: 'member' | 'deputy'; gender?: Gender | undefined }[],
) {
  return {
    members: balanceOf(nominees.filter((n) => n.role === 'member')),
    deputies: balanceOf(nominees.filter((n) => n.role === 'deputy')),
  };
}
