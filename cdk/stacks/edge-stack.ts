import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeWebAcl } from '../constructs/edge-web-acl';

export interface NetworkEdgeStackProps extends Omit<StackProps, 'env'> {
  stage: string;
}

/**
 * The part of the platform AWS requires in us-east-1: the WAF web ACL of the CloudFront distribution.
 * The main stack reads its ARN across regions (a weak reference, `Fn::GetStackOutput`; cdk.json), so
 * `cdk deploy` puts this stack up first and no ARN has to be copied by hand.
 */
export class NetworkEdgeStack extends Stack {
  readonly webAcl: EdgeWebAcl;

  constructor(scope: Construct, id: string, props: NetworkEdgeStackProps) {
    super(scope, id, { ...props, env: { region: 'us-east-1' } });
    Tags.of(this).add('project', 'equality-network');
    Tags.of(this).add('stage', props.stage);
    this.webAcl = new EdgeWebAcl(this, 'Waf');
    new CfnOutput(this, 'WebAclArn', {
      value: this.webAcl.arn,
      description: 'WAF web ACL of the distribution',
    });
  }
}
