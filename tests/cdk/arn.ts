/** Values the template's pseudo parameters take in the tests: any real-looking account and region. */
export const testEnvironment = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-north-1',
  'AWS::AccountId': '123456789012',
  'AWS::URLSuffix': 'amazonaws.com',
} as const;

/**
 * A template value as the string CloudFormation would make of it: `Ref` to a pseudo parameter or to one
 * of `refs` (logical id → physical id), `Fn::Join` of such; anything else is refused, not guessed.
 */
export function resolveIntrinsic(value: unknown, refs: Readonly<Record<string, string>> = {}): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.Ref === 'string') {
      const resolved = (testEnvironment as Record<string, string>)[object.Ref] ?? refs[object.Ref];
      if (resolved === undefined) throw new Error(`No value for Ref ${object.Ref}`);
      return resolved;
    }
    const join = object['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
      return join[1].map((part: unknown) => resolveIntrinsic(part, refs)).join(join[0]);
    }
  }
  throw new Error(`Cannot resolve ${JSON.stringify(value)}`);
}

/**
 * IAM's ArnLike: each of the six colon-separated parts is compared on its own, `*` standing for any
 * run of characters (slashes included, colons not) and `?` for any one character.
 */
export function arnLike(arn: string, pattern: string): boolean {
  const arnParts = splitArn(arn);
  if (arnParts.length < 6) throw new Error(`Not an ARN: ${arn}`);
  const patternParts = splitArn(pattern);
  return arnParts.every((part, index) => globMatches(part, patternParts[index] ?? ''));
}

function splitArn(arn: string): string[] {
  const parts = arn.split(':');
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

function globMatches(value: string, glob: string): boolean {
  const source = [...glob]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(value);
}
