import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resolveIntrinsic } from './arn';
import { logicalIdOf, type Resource, statementsFor, synthNetwork } from './synth';

/** A prod deployment's context, with no placeholder in it. */
const prod = {
  stage: 'prod',
  mailFrom: 'Nätverket <noreply@network.fi>',
  mailDomain: 'network.fi',
  publicBaseUrl: 'https://network.fi',
  sanityProjectId: 'abcd1234',
  alarmEmail: 'ops@network.fi',
};

type Template = ReturnType<typeof synthNetwork>['template'];

const identitiesOf = (template: Template) =>
  Object.values(template.findResources('AWS::SES::EmailIdentity')) as Resource[];

function outputsOf(template: Template): Record<string, { Value: unknown; Description?: string }> {
  return template.toJSON().Outputs;
}

/** The identity ARNs a function may send from; `refs` gives the physical id of a created identity. */
function sesResourcesOf(template: Template, name: string, refs: Record<string, string> = {}): string[] {
  return statementsFor(template, name)
    .filter((statement) => JSON.stringify(statement.Action).includes('ses:'))
    .flatMap((statement) => (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]))
    .filter((resource) => JSON.stringify(resource).includes(':identity/'))
    .map((resource) => resolveIntrinsic(resource, refs));
}

describe('the SES identity of a stage', () => {
  it('is the mail domain itself in prod, with the configuration set as its default', () => {
    // Act
    const { stack, template } = synthNetwork({ context: prod });

    // Assess
    const identities = identitiesOf(template);
    expect(identities).toHaveLength(1);
    expect(identities[0]?.Properties.EmailIdentity).toBe('network.fi');
    expect(identities[0]?.Properties.ConfigurationSetAttributes.ConfigurationSetName).toEqual({
      Ref: logicalIdOf(stack, stack.mail.configurationSet),
    });
    expect(identities[0]?.Properties.MailFromAttributes).toEqual({
      MailFromDomain: 'bounce.network.fi',
      BehaviorOnMxFailure: 'USE_DEFAULT_VALUE',
    });
    const identityRef = { [logicalIdOf(stack, stack.mail.identity)]: 'network.fi' };
    expect(sesResourcesOf(template, 'notifier', identityRef)).toEqual([
      'arn:aws:ses:eu-north-1:123456789012:identity/network.fi',
    ]);
  });

  it('is <stage>.<mailDomain> in any other stage, and mail goes out from it', () => {
    // Act
    const { template } = synthNetwork({ context: { ...prod, stage: 'staging' } });

    // Assess
    expect(identitiesOf(template).map((identity) => identity.Properties.EmailIdentity)).toEqual([
      'staging.network.fi',
    ]);
    const notifier = Object.values(template.findResources('AWS::Lambda::Function')).find(
      (fn) => (fn as Resource).Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === 'notifier',
    ) as Resource;
    expect(notifier.Properties.Environment.Variables.MAIL_FROM).toBe(
      'Nätverket <noreply@staging.network.fi>',
    );
  });

  it('uses an existing identity without creating one when existingSesIdentity is given', () => {
    // Act
    const { template } = synthNetwork({
      context: { ...prod, mailFrom: 'noreply@mail.network.fi', existingSesIdentity: 'mail.network.fi' },
    });

    // Assess
    expect(identitiesOf(template)).toEqual([]);
    expect(sesResourcesOf(template, 'notifier')).toEqual([
      'arn:aws:ses:eu-north-1:123456789012:identity/mail.network.fi',
    ]);
    const outputs = outputsOf(template);
    expect(outputs.MailIdentity?.Value).toBe('mail.network.fi');
    expect(Object.keys(outputs).filter((key) => key.endsWith('Record'))).toEqual([]);
  });

  it('has a configuration set with reputation metrics, TLS required and the suppression list', () => {
    // Act
    const { template } = synthNetwork({ context: prod });

    // Assess
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });
});

describe('DNS records in the stack outputs', () => {
  const { stack, template } = synthNetwork({ context: prod });
  const outputs = outputsOf(template);
  const identityId = logicalIdOf(stack, stack.mail.identity);

  it('lists the three DKIM CNAMEs of the identity', () => {
    for (const index of [1, 2, 3]) {
      // Act
      const output = outputs[`DkimRecord${index}`];

      // Assess
      expect(output?.Value).toEqual({
        'Fn::Join': [
          '',
          [
            { 'Fn::GetAtt': [identityId, `DkimDNSTokenName${index}`] },
            ' CNAME ',
            { 'Fn::GetAtt': [identityId, `DkimDNSTokenValue${index}`] },
          ],
        ],
      });
    }
  });

  it('lists the MAIL FROM MX and SPF records and a DMARC record reporting to the alarm email', () => {
    // Act
    const mx = resolveIntrinsic(outputs.MailFromMxRecord?.Value);
    const spf = outputs.SpfRecord?.Value;
    const dmarc = outputs.DmarcRecord?.Value;

    // Assess
    expect(mx).toBe('bounce.network.fi MX 10 feedback-smtp.eu-north-1.amazonses.com');
    expect(spf).toBe('bounce.network.fi TXT "v=spf1 include:amazonses.com ~all"');
    expect(dmarc).toBe('_dmarc.network.fi TXT "v=DMARC1; p=quarantine; rua=mailto:ops@network.fi;"');
    expect(outputs.MailIdentity?.Value).toBe('network.fi');
  });
});

describe('mail of the admin user pool', () => {
  const userPoolOf = (template: Template) =>
    Object.values(template.findResources('AWS::Cognito::UserPool'))[0] as Resource;

  it("uses Cognito's own sender until the identity is verified, and says so", () => {
    // Act
    const { stack, template } = synthNetwork({ context: prod });

    // Assess
    expect(userPoolOf(template).Properties.EmailConfiguration).toBeUndefined();
    Annotations.fromStack(stack).hasWarning(
      '*',
      Match.stringLikeRegexp('until the SES identity network.fi is verified.*-c sesIdentityVerified=true'),
    );
  });

  it('sends through the SES identity from the network address once it is verified', () => {
    // Act
    const { stack, template } = synthNetwork({ context: { ...prod, sesIdentityVerified: 'true' } });

    // Assess
    const email = userPoolOf(template).Properties.EmailConfiguration;
    expect(email.EmailSendingAccount).toBe('DEVELOPER');
    expect(email.From).toBe(
      `=?UTF-8?B?${Buffer.from('Nätverket').toString('base64')}?= <noreply@network.fi>`,
    );
    expect(resolveIntrinsic(email.SourceArn)).toBe('arn:aws:ses:eu-north-1:123456789012:identity/network.fi');
    expect(email.ConfigurationSet).toEqual({ Ref: logicalIdOf(stack, stack.mail.configurationSet) });
  });

  it('sends through an existing identity at once', () => {
    // Act
    const { template } = synthNetwork({
      context: {
        ...prod,
        mailFrom: 'Network <noreply@mail.network.fi>',
        existingSesIdentity: 'mail.network.fi',
      },
    });

    // Assess
    const email = userPoolOf(template).Properties.EmailConfiguration;
    expect(email.From).toBe('Network <noreply@mail.network.fi>');
    expect(resolveIntrinsic(email.SourceArn)).toBe(
      'arn:aws:ses:eu-north-1:123456789012:identity/mail.network.fi',
    );
  });
});
