import { App } from 'aws-cdk-lib';
import { ConfigError } from '../shared/errors';
import { buildApp } from './build-app';

const app = new App();
try {
  buildApp(app);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A config mistake is the operator's to fix: show what is wrong, not a stack trace.
  console.error(`cannot synthesize: ${error.message}`);
  process.exit(1);
}
app.synth();
