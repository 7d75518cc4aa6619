import { localIssuer } from '../../cdk/local/issuer';
import type { TestStack } from './local-stack';

/** An admin API token of a jury member that carries the email they are assigned to campaigns by. */
export function jurorToken(
  stack: Pick<TestStack, 'dataDir'>,
  subject: string,
  email: string,
  groups = ['jury'],
) {
  const issuer = localIssuer(stack.dataDir);
  const [, payload = ''] = issuer.sign(subject, groups).split('.');
  return issuer.signClaims({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), email });
}

/** Puts the campaign's jury as the coordinator does (PUT /admin/campaigns/{id}/jury); throws unless 200. */
export async function assignJury(stack: TestStack, campaignId: string, jurors: string[]) {
  const response = await stack.request(`/admin/campaigns/${campaignId}/jury`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${stack.token('coordinator')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ jurors }),
  });
  if (response.status !== 200) throw new Error(`assigning the jury answered ${response.status}`);
  return response.json();
}
