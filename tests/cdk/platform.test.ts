import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

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

describe('secrets and mail', () => {
  const { stack, template } = synthNetwork({
    context: { mailFrom: 'Nätverket <noreply@mail.network.example>' },
  });

  it('keeps the Sanity token, the webhook secret, the email pepper and the origin secret in Secrets Manager, generated and retained', () => {
    // Prepare
    const expected = (['sanityToken', 'webhookSecret', 'emailPepper', 'originSecret'] as const).map((name) =>
      logicalIdOf(stack, stack.secrets.byName[name]),
    );

    // Act
    const secrets = template.findResources('AWS::SecretsManager::Secret') as Record<string, Resource>;

    // Assess
    expect(Object.keys(secrets).sort()).toEqual([...expected].sort());
    for (const secret of Object.values(secrets)) {
      expect(secret.Properties.GenerateSecretString).toBeDefined();
      expect(secret.Properties.SecretString).toBeUndefined();
      expect(secret.DeletionPolicy).toBe('Retain');
    }
  });

  it('verifies the domain of the sender address in SES, with its configuration set', () => {
    // Act
    const identities = Object.values(template.findResources('AWS::SES::EmailIdentity')) as Resource[];

    // Assess
    expect(identities).toHaveLength(1);
    expect(identities[0]?.Properties.EmailIdentity).toBe('mail.network.example');
    expect(identities[0]?.Properties.ConfigurationSetAttributes.ConfigurationSetName).toEqual({
      Ref: logicalIdOf(stack, stack.mail.configurationSet),
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });

  it('takes mailDomain from context when it is given', () => {
    // Act
    const { template: withDomain } = synthNetwork({ context: { mailDomain: 'network.example' } });

    // Assess
    withDomain.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'network.example' });
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

describe('alarms', () => {
  it('alarms on the errors of every function, table throttles, API 5xx and dead letters', () => {
    // Prepare
    const { stack, template } = synthNetwork();
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];

    // Act
    const errorAlarmTargets = alarms
      .filter(
        (alarm) => alarm.Properties.MetricName === 'Errors' && alarm.Properties.Namespace === 'AWS/Lambda',
      )
      .map((alarm) => JSON.stringify(alarm.Properties.Dimensions));

    // Assess
    for (const name of Object.keys(functions)) {
      const dimensions = JSON.stringify([
        { Name: 'FunctionName', Value: { Ref: functionFor(template, name).id } },
      ]);
      expect(errorAlarmTargets, name).toContain(dimensions);
    }
    const throttles = alarms.find((alarm) =>
      JSON.stringify(alarm.Properties.Metrics ?? []).includes('ThrottleEvents'),
    );
    const throttleMetrics = JSON.stringify(throttles?.Properties.Metrics);
    expect(throttleMetrics).toContain('ReadThrottleEvents');
    expect(throttleMetrics).toContain('WriteThrottleEvents');
    expect(throttleMetrics).toContain(`"Ref":"${logicalIdOf(stack, stack.table.table)}"`);
    expect(alarms.some((alarm) => alarm.Properties.MetricName === '5xx')).toBe(true);
    expect(alarms.some((alarm) => alarm.Properties.MetricName === 'ApproximateNumberOfMessagesVisible')).toBe(
      true,
    );
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toBeUndefined();
  });

  it('notifies the alarm email through a TLS-only SNS topic when one is given', () => {
    // Prepare
    const context = { alarmEmail: 'ops@network.example' };

    // Act
    const { template } = synthNetwork({ context });

    // Assess
    const topicId = Object.keys(template.findResources('AWS::SNS::Topic'))[0];
    expect(topicId).toBeDefined();
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@network.example',
      TopicArn: { Ref: topicId },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[]) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    }
  });
});

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
});
