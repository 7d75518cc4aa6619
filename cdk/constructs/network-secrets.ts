import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { SecretName } from '../../shared/http/manifest-types';
import { pascalCase } from './naming';

interface SecretSpec {
  description: string;
  /** Why the secret is not rotated by Secrets Manager (cdk-nag AwsSolutions-SMG4). */
  noRotationBecause: string;
  length: number;
}

/**
 * Every secret a manifest entry may list. Typed by SecretName, so a new name in the manifest types does
 * not compile until it is created here. Values are generated, never written into the template.
 */
const secretSpecs: Record<SecretName, SecretSpec> = {
  emailPepper: {
    description: 'Pepper of the HMAC-SHA-256 that keys every email address in the table and the person index',
    noRotationBecause:
      'The pepper keys the HMAC of every stored email address (table keys and the person index); a new value ' +
      'would orphan every existing item, so it changes only through a planned re-keying migration.',
    length: 64,
  },
  webhookSecret: {
    description:
      'Signing secret of the Sanity webhook (sanity-webhook-signature); enter the same value in Sanity',
    noRotationBecause:
      'The same value must be entered in the Sanity webhook configuration, which Secrets Manager cannot update; ' +
      'it is rotated by hand in both places together.',
    length: 48,
  },
  originSecret: {
    description: 'Value CloudFront sends in x-origin-verify; the functions refuse requests without it (403)',
    noRotationBecause:
      'CloudFront gets the value only when CloudFormation updates the distribution (a dynamic reference), ' +
      'and the functions cache it per container: a rotation by Secrets Manager would make the two disagree ' +
      'and refuse every request (403). It is changed by hand, together with a deploy that updates CloudFront.',
    length: 48,
  },
  // Generated only as a placeholder: the real value is a Sanity API token (read access) that an operator
  // creates in Sanity's management console and stores with
  //   aws secretsmanager put-secret-value --secret-id <SanityTokenSecretArn output> --secret-string <token>
  sanityToken: {
    description:
      'Sanity API token (read). Placeholder until an operator puts the real token (put-secret-value)',
    noRotationBecause:
      'A Sanity API token is issued in Sanity, not by AWS; Secrets Manager cannot mint a new one, so it is ' +
      'rotated in Sanity and the new value put here by an operator.',
    length: 32,
  },
};

export class NetworkSecrets extends Construct {
  readonly byName: Readonly<Record<SecretName, secretsmanager.Secret>>;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const entries = (Object.keys(secretSpecs) as SecretName[]).map((name) => {
      const spec = secretSpecs[name];
      const secret = new secretsmanager.Secret(this, pascalCase(name), {
        description: spec.description,
        generateSecretString: { passwordLength: spec.length, excludePunctuation: true },
        removalPolicy: RemovalPolicy.RETAIN,
      });
      const resource = secret.node.defaultChild;
      if (resource)
        Validations.of(resource).acknowledge({ id: 'AwsSolutions-SMG4', reason: spec.noRotationBecause });
      return [name, secret] as const;
    });
    this.byName = Object.fromEntries(entries) as Record<SecretName, secretsmanager.Secret>;
  }
}
