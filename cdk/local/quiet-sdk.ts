// Imported first by local entry points: Node 20 is supported here until the AWS SDK drops it, so its
// support warning is switched off before any SDK module loads.
import { quietAwsSdkWarning } from '../../shared/config';

quietAwsSdkWarning();
