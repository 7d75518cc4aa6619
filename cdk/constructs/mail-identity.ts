import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailIdentityProps {
  /** The domain mail is sent from: the domain of the sender address (MAIL_FROM). */
  domain: string;
  /**
   * The domain is already an SES identity of the account (verified, managed elsewhere): the stack only
   * uses it. Otherwise the stack creates the identity, with Easy DKIM and a custom MAIL FROM domain.
   */
  existing?: boolean;
  /** Where DMARC aggregate reports go (the `rua` of the suggested DMARC record). */
  dmarcReportsTo?: string;
}

/** One DNS record the operator publishes for the identity, as the stack outputs show it. */
export interface DnsRecord {
  /** What it is for, as the stack output's id: DkimRecord1..3, MailFromMxRecord, SpfRecord, DmarcRecord. */
  id: string;
  /** What the record does, as the stack output's description. */
  purpose: string;
  name: string;
  type: 'CNAME' | 'MX' | 'TXT';
  value: string;
}

/**
 * The SES domain identity the notifier (and the admin user pool) sends from, and a configuration set:
 * TLS required, reputation metrics on (bounce and complaint rates in CloudWatch), bounces and complaints
 * kept on the account suppression list so the network never mails a dead or complaining address twice.
 *
 * A created identity gets Easy DKIM, the configuration set as its default and the custom MAIL FROM
 * domain `bounce.<domain>` (so SPF aligns with the sender for DMARC); {@link dnsRecords} lists what to
 * publish: three DKIM CNAMEs, the MAIL FROM MX and SPF records and a DMARC record. Until the account
 * leaves the SES sandbox only verified recipients receive mail (README.md, Deploy).
 */
export class MailIdentity extends Construct {
  readonly domain: string;
  readonly identity: ses.IEmailIdentity;
  /** The identity when this stack created it (not for an existing one). */
  readonly createdIdentity?: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  /** The custom MAIL FROM domain of a created identity. */
  readonly mailFromDomain?: string;
  /** DNS records to publish for a created identity; none for an existing one (its DNS is done). */
  readonly dnsRecords: readonly DnsRecord[];
  private readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: MailIdentityProps) {
    super(scope, id);
    this.domain = props.domain;
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    if (props.existing) {
      this.identity = ses.EmailIdentity.fromEmailIdentityName(this, 'Identity', props.domain);
      this.dnsRecords = [];
    } else {
      const mailFromDomain = `bounce.${props.domain}`;
      const identity = new ses.EmailIdentity(this, 'Identity', {
        identity: ses.Identity.domain(props.domain),
        configurationSet: this.configurationSet,
        mailFromDomain,
        mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
      });
      this.mailFromDomain = mailFromDomain;
      this.createdIdentity = identity;
      this.identity = identity;
      const region = Stack.of(this).region;
      const dmarcReports = props.dmarcReportsTo ? ` rua=mailto:${props.dmarcReportsTo};` : '';
      this.dnsRecords = [
        ...identity.dkimRecords.map((record, index) => ({
          id: `DkimRecord${index + 1}`,
          purpose: `DKIM: lets receivers verify the signature of mail from ${props.domain}`,
          name: record.name,
          type: 'CNAME' as const,
          value: record.value,
        })),
        {
          id: 'MailFromMxRecord',
          purpose: `MAIL FROM domain: where receivers report bounces of mail from ${props.domain}`,
          name: mailFromDomain,
          type: 'MX',
          value: `10 feedback-smtp.${region}.amazonses.com`,
        },
        {
          id: 'SpfRecord',
          purpose: 'SPF of the MAIL FROM domain: SES may send for it (aligns SPF for DMARC)',
          name: mailFromDomain,
          type: 'TXT',
          value: '"v=spf1 include:amazonses.com ~all"',
        },
        {
          id: 'DmarcRecord',
          purpose: `DMARC: receivers quarantine unauthenticated mail claiming to be from ${props.domain}`,
          name: `_dmarc.${props.domain}`,
          type: 'TXT',
          value: `"v=DMARC1; p=quarantine;${dmarcReports}"`,
        },
      ];
    }

    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /** SendEmail on this identity and its configuration set (SES v2 authorizes both), nothing else. */
  grantSend(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resourceArns: [this.identity.emailIdentityArn, this.configurationSetArn],
    });
  }
}
