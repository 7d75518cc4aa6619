import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { callbackUrl, SIGN_IN_SCOPES, signOutPath } from '../../shared/auth/endpoints';
import type { Group } from '../../shared/http/route';
import { languages } from '../../shared/i18n/language';
import { pascalCase } from './naming';

/** Typed by Group, so a group the routes may require cannot be missing from the user pool. */
const adminGroups: Record<Group, { description: string; precedence: number }> = {
  coordinator: {
    description: 'Coordinators: registrations, members, nominations, campaigns, data subjects',
    precedence: 0,
  },
  jury: { description: 'Jury members: review the submitted applications of a campaign', precedence: 10 },
};

const oauthScopes: Record<(typeof SIGN_IN_SCOPES)[number], cognito.OAuthScope> = {
  openid: cognito.OAuthScope.OPENID,
  email: cognito.OAuthScope.EMAIL,
  profile: cognito.OAuthScope.PROFILE,
};

export interface AdminUserPoolProps {
  /** Base URL of the site (no trailing slash; may be a token): the console's callback and sign-out URLs. */
  publicBaseUrl: string;
  /**
   * Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique in the
   * region; default: the stack name and the account.
   */
  domainPrefix?: string;
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
 * Who may use the console and the admin routes: coordinators and jury members, invited by an
 * administrator (no self sign-up). They see personal data, so passwords are long and MFA (TOTP) is
 * required, and the Plus feature plan's threat protection blocks compromised credentials and risky
 * sign-ins.
 *
 * Staff sign in through managed login (the newer version, with Cognito's default branding) on the
 * pool's domain. The app client is public (no secret) and allows only the authorization code grant,
 * with exactly the console's callback and sign-out URLs: the console function exchanges the code
 * server-side with PKCE, which binds the code to the verifier in its own HttpOnly cookie, so a secret
 * would add a Secrets Manager read to every sign-in and a value to rotate, and protect nothing PKCE does
 * not. (Cognito has no switch that requires PKCE; the console always sends it.) SRP stays enabled as the
 * flow managed login signs in with. The group claim (`cognito:groups`) of the ID token is what the
 * console and the admin handlers check; the HTTP API's JWT authorizer takes the same client's tokens.
 */
export class AdminUserPool extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly groups: Readonly<Record<Group, cognito.UserPoolGroup>>;
  readonly domain: cognito.UserPoolDomain;
  /** Base URL of managed login: `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInUrl: string;

  constructor(scope: Construct, id: string, props: AdminUserPoolProps) {
    super(scope, id);
    const base = Token.isUnresolved(props.publicBaseUrl)
      ? props.publicBaseUrl
      : props.publicBaseUrl.replace(/\/+$/, '');
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

    this.domain = this.userPool.addDomain('SignInDomain', {
      cognitoDomain: {
        domainPrefix:
          props.domainPrefix ?? `${Stack.of(this).stackName.toLowerCase()}-${Stack.of(this).account}`,
      },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.signInUrl = this.domain.baseUrl();

    this.client = this.userPool.addClient('AdminClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: SIGN_IN_SCOPES.map((scope) => oauthScopes[scope]),
        callbackUrls: [callbackUrl(base)],
        logoutUrls: languages.map((lang) => `${base}${signOutPath(lang)}`),
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
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

    // Managed login pages show an error for a client without a style: Cognito's default style.
    const branding = new cognito.CfnManagedLoginBranding(this, 'SignInBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    branding.node.addDependency(this.domain);
  }

  /** What a function that signs staff in needs (shared/config.ts signInDomain, userPoolId, userPoolClientId). */
  get signInEnvironment(): Record<string, string> {
    return {
      SIGN_IN_DOMAIN: this.signInUrl,
      USER_POOL_ID: this.userPool.userPoolId,
      USER_POOL_CLIENT_ID: this.client.userPoolClientId,
    };
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
