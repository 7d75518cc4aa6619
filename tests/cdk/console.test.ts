import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;
const only = (resources: Record<string, unknown>) => {
  const entries = Object.entries(resources) as [string, Resource][];
  expect(entries).toHaveLength(1);
  return entries[0] as [string, Resource];
};

describe('staff sign-in: Cognito managed login and the console', () => {
  const { stack, template } = synthNetwork({ context: { publicBaseUrl: 'https://network.example' } });
  const poolId = logicalIdOf(stack, stack.admins.userPool);
  const clientId = logicalIdOf(stack, stack.admins.client);
  const [domainId, domain] = only(template.findResources('AWS::Cognito::UserPoolDomain'));
  const managedLoginUrl = {
    'Fn::Join': ['', ['https://', { Ref: domainId }, `.auth.${stack.region}.amazoncognito.com`]],
  };

  it('gives the user pool a domain with the newer managed login, styled for the app client', () => {
    // Act
    const [, branding] = only(template.findResources('AWS::Cognito::ManagedLoginBranding'));

    // Assess
    expect(domain.Properties.UserPoolId).toEqual({ Ref: poolId });
    expect(domain.Properties.ManagedLoginVersion).toBe(2);
    expect(domain.Properties.CustomDomainConfig).toBeUndefined();
    expect(branding.Properties).toEqual({
      UserPoolId: { Ref: poolId },
      ClientId: { Ref: clientId },
      UseCognitoProvidedValues: true,
    });
  });

  it('has one app client: public, authorization code grant only, openid email profile, exactly the console URLs', () => {
    // Act
    const [id, client] = only(template.findResources('AWS::Cognito::UserPoolClient'));

    // Assess
    expect(id).toBe(clientId);
    expect(client.Properties).toMatchObject({
      UserPoolId: { Ref: poolId },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: ['https://network.example/auth/callback'],
      LogoutURLs: [
        'https://network.example/sv/',
        'https://network.example/fi/',
        'https://network.example/en/',
      ],
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect([...client.Properties.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
  });

  it('keeps MFA (TOTP) required for everyone who signs in there', () => {
    // Act
    const [, pool] = only(template.findResources('AWS::Cognito::UserPool'));

    // Assess
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
  });

  it('gives the console function the managed login domain, the pool and the client, and no other function', () => {
    for (const name of Object.keys(manifest)) {
      // Act
      const variables = functionFor(template, name).resource.Properties.Environment.Variables;

      // Assess
      if (manifest[name]?.staffSignIn) {
        expect(variables, name).toMatchObject({
          SIGN_IN_DOMAIN: managedLoginUrl,
          USER_POOL_ID: { Ref: poolId },
          USER_POOL_CLIENT_ID: { Ref: clientId },
          PUBLIC_BASE_URL: 'https://network.example',
        });
      } else {
        expect(variables.SIGN_IN_DOMAIN, name).toBeUndefined();
        expect(variables.USER_POOL_CLIENT_ID, name).toBeUndefined();
      }
    }
    expect(manifest.console?.staffSignIn).toBe(true);
  });

  it('routes /auth/* and /{lang}/console with its pages to the console function, checked by the function itself', () => {
    // Prepare
    const consoleFunction = functionFor(template, 'console').id;
    const expected = [
      'GET /auth/sign-in',
      'GET /auth/callback',
      'POST /auth/sign-out',
      ...['sv', 'fi', 'en'].flatMap((lang) => [
        `GET /${lang}/console`,
        `GET /${lang}/console/{proxy+}`,
        `POST /${lang}/console/{proxy+}`,
      ]),
    ];
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Resource[];

    for (const key of expected) {
      // Act
      const route = routes.find((r) => r.Properties.RouteKey === key);
      const integrationId = route?.Properties.Target['Fn::Join'][1][1].Ref as string;

      // Assess
      expect(route, key).toBeDefined();
      expect(route?.Properties.AuthorizationType, key).toBe('NONE');
      expect((integrations[integrationId] as Resource).Properties.IntegrationUri, key).toEqual({
        'Fn::GetAtt': [consoleFunction, 'Arn'],
      });
    }
  });

  it('outputs the console URL and the managed login domain', () => {
    // Act
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

    // Assess
    expect(outputs.ConsoleUrl?.Value).toBe('https://network.example/sv/console');
    expect(outputs.SignInDomain?.Value).toEqual(managedLoginUrl);
  });
});

describe('staff sign-in without a publicBaseUrl', () => {
  it('registers the callback and sign-out URLs on the CloudFront distribution', () => {
    // Prepare
    const { stack, template } = synthNetwork();
    const distributionId = logicalIdOf(stack, stack.edge.distribution);
    const onDistribution = (path: string) => ({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, path]],
    });

    // Act
    const [, client] = only(template.findResources('AWS::Cognito::UserPoolClient'));

    // Assess
    expect(client.Properties.CallbackURLs).toEqual([onDistribution('/auth/callback')]);
    expect(client.Properties.LogoutURLs).toEqual(['/sv/', '/fi/', '/en/'].map(onDistribution));
  });
});
