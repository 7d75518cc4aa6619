import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { NO_SANITY_TOKEN } from '../../shared/http/manifest-types';
import { logicalIdOf, type Resource, synthNetwork } from './synth';

describe('admin users (Cognito)', () => {
  const { template } = synthNetwork();
  const userPoolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0];

  it('has the groups coordinator and jury in the admin user pool', () => {
    // Act
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')) as Resource[];

    // Assess
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual(['coordinator', 'jury']);
    for (const group of groups) expect(group.Properties.UserPoolId).toEqual({ Ref: userPoolId });
  });

  it('admits only invited users with a strong password and TOTP', () => {
    // Act
    const pool = template.findResources('AWS::Cognito::UserPool')[userPoolId ?? ''] as Resource;

    // Assess
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    expect(pool.Properties.UserPoolTier).toBe('PLUS');
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('has a public SRP client for the admin UI', () => {
    // Act
    const act = () =>
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        UserPoolId: { Ref: userPoolId },
        GenerateSecret: false,
        ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_SRP_AUTH']),
        PreventUserExistenceErrors: 'ENABLED',
      });

    // Assess
    expect(act).not.toThrow();
  });
});

describe('secrets', () => {
  const { stack, template } = synthNetwork();

  it('keeps the Sanity token, the webhook secret, the email pepper and the origin secret in Secrets Manager, retained', () => {
    // Prepare
    const expected = (['sanityToken', 'webhookSecret', 'emailPepper', 'originSecret'] as const).map((name) =>
      logicalIdOf(stack, stack.secrets.byName[name]),
    );

    // Act
    const secrets = template.findResources('AWS::SecretsManager::Secret') as Record<string, Resource>;

    // Assess
    expect(Object.keys(secrets).sort()).toEqual([...expected].sort());
    for (const secret of Object.values(secrets)) expect(secret.DeletionPolicy).toBe('Retain');
  });

  it('generates the pepper and the webhook secret, never writing them into the template', () => {
    for (const name of ['emailPepper', 'webhookSecret'] as const) {
      // Act
      const secret = template.findResources('AWS::SecretsManager::Secret')[
        logicalIdOf(stack, stack.secrets.byName[name])
      ] as Resource;

      // Assess
      expect(secret.Properties.GenerateSecretString.PasswordLength, name).toBeGreaterThanOrEqual(48);
      expect(secret.Properties.SecretString, name).toBeUndefined();
    }
  });

  it('starts the Sanity token as the sentinel the code reads as "no token", not as random characters', () => {
    // Act
    const secret = template.findResources('AWS::SecretsManager::Secret')[
      logicalIdOf(stack, stack.secrets.byName.sanityToken)
    ] as Resource;

    // Assess
    expect(secret.Properties.SecretString).toBe(NO_SANITY_TOKEN);
    expect(NO_SANITY_TOKEN).toBe('no-sanity-token-set');
    expect(secret.Properties.GenerateSecretString).toBeUndefined();
  });
});

describe('the API stage', () => {
  it('throttles the $default stage and writes JSON access logs to a log group', () => {
    // Prepare
    const { template } = synthNetwork();

    // Act
    const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')) as Resource[];

    // Assess
    expect(stages).toHaveLength(1);
    const properties = stages[0]?.Properties ?? {};
    expect(properties.StageName).toBe('$default');
    expect(properties.AutoDeploy).toBe(true);
    expect(properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const logGroupId = properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0] as string;
    expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]).toBeDefined();
    const format = JSON.parse(properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format.requestId).toBe('$context.requestId');
    expect(Object.values(format)).not.toContain('$context.path');
    expect(Object.values(format)).not.toContain('$context.identity.sourceIp');
  });

  it('answers CORS preflights only for the allowed origins from context', () => {
    // Prepare
    const context = { allowedOrigins: 'https://network.example, https://admin.network.example' };

    // Act
    const { template: withCors } = synthNetwork({ context });
    const { template: withoutCors } = synthNetwork();

    // Assess
    withCors.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://network.example', 'https://admin.network.example'],
        AllowHeaders: Match.arrayWith(['authorization', 'idempotency-key']),
      }),
    });
    const api = Object.values(withoutCors.findResources('AWS::ApiGatewayV2::Api'))[0] as Resource;
    expect(api.Properties.CorsConfiguration).toBeUndefined();
  });
});

// Alarms, the alarm topic and the dashboard: tests/cdk/alarms.test.ts. SES and mail: tests/cdk/mail.test.ts.

describe('outputs', () => {
  it('exports the API URL, table name, user pool id and client id', () => {
    // Prepare
    const { stack, template } = synthNetwork();

    // Act
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

    // Assess
    expect(outputs.ApiUrl?.Value).toEqual({
      'Fn::GetAtt': [logicalIdOf(stack, stack.httpApi.api), 'ApiEndpoint'],
    });
    expect(outputs.TableName?.Value).toEqual({ Ref: logicalIdOf(stack, stack.table.table) });
    expect(outputs.UserPoolId?.Value).toEqual({ Ref: logicalIdOf(stack, stack.admins.userPool) });
    expect(outputs.UserPoolClientId?.Value).toEqual({ Ref: logicalIdOf(stack, stack.admins.client) });
  });

  it('exports what the runbooks address: function names, failure queues, the alarm topic and dashboard', () => {
    // Prepare
    const { stack, template } = synthNetwork();
    const notifierQueue = stack.streamSubscriptions.get('notifier')?.deadLetterQueue;
    const reminderQueue = stack.schedules.get('nominations')?.deadLetterQueue;

    // Act
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

    // Assess
    for (const [name, fn] of stack.functions) {
      const key = `${name.charAt(0).toUpperCase()}${name.slice(1)}FunctionName`;
      expect(outputs[key]?.Value, key).toEqual({ Ref: logicalIdOf(stack, fn.function) });
    }
    expect(outputs.NotifierFailureQueueUrl?.Value).toEqual({ Ref: logicalIdOf(stack, notifierQueue!) });
    expect(outputs.NominationsScheduleFailureQueueUrl?.Value).toEqual({
      Ref: logicalIdOf(stack, reminderQueue!),
    });
    expect(outputs.AlarmTopicArn?.Value).toEqual({ Ref: logicalIdOf(stack, stack.alarms.topic) });
    expect(outputs.DashboardName?.Value).toEqual({ Ref: logicalIdOf(stack, stack.dashboard.dashboard) });
  });
});
