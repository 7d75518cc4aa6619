import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Group } from '../../shared/http/route';
import { pascalCase } from './naming';

/** Typed by Group, so a group the routes may require cannot be missing from the user pool. */
const adminGroups: Record<Group, { description: string; precedence: number }> = {
  coordinator: {
    description: 'Coordinators: registrations, members, nominations, campaigns, data subjects',
    precedence: 0,
  },
  jury: { description: 'Jury members: review the submitted applications of a campaign', precedence: 10 },
};

export interface AdminUserPoolProps {
  /**
   * Send the pool's mail (invitations, verification and reset codes) through SES from the network's
   * sender address. Needs a verified identity: Cognito refuses an unverified one at deploy time, so
   * until the identity's DNS records are verified the pool uses Cognito's own sender (no `email`).
   */
  email?: {
    /** The sender, `Name <address>` or `address`, at the identity's domain. */
    from: string;
    /** The verified SES domain identity. */
    identityDomain: string;
    configurationSetName: string;
  };
}

/**
 * Who may use the admin routes: coordinators and jury members, invited by an administrator (no self
 * sign-up). They see personal data, so passwords are long and MFA (TOTP) is required, and the Plus
 * feature plan's threat protection blocks compromised credentials and risky sign-ins.
 * The admin UI signs in with SRP through the app client; the group claim (`cognito:groups`) is what the
 * handlers check, after the HTTP API's JWT authorizer has verified the token. The pool's own mail
 * (invitations, codes) goes through the network's SES identity once that is verified.
 */
export class AdminUserPool extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly groups: Readonly<Record<Group, cognito.UserPoolGroup>>;

  constructor(scope: Construct, id: string, props: AdminUserPoolProps = {}) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      email: props.email ? sesEmail(this, props.email) : undefined,
    });

    this.client = this.userPool.addClient('AdminClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    const groups = (Object.keys(adminGroups) as Group[]).map((groupName) => {
      const group = this.userPool.addGroup(`${pascalCase(groupName)}Group`, {
        groupName,
        ...adminGroups[groupName],
      });
      return [groupName, group] as const;
    });
    this.groups = Object.fromEntries(groups) as Record<Group, cognito.UserPoolGroup>;
  }
}

function sesEmail(scope: Construct, email: NonNullable<AdminUserPoolProps['email']>): cognito.UserPoolEmail {
  const named = /^\s*"?(.*?)"?\s*<([^>]+)>\s*$/.exec(email.from);
  return cognito.UserPoolEmail.withSES({
    fromEmail: named?.[2] ?? email.from.trim(),
    fromName: named?.[1] || undefined,
    sesVerifiedDomain: email.identityDomain,
    sesRegion: Stack.of(scope).region,
    configurationSetName: email.configurationSetName,
  });
}
