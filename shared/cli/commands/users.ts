import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoOfficeAccounts } from '../../adapters/cognito-accounts';
import type { OfficeAccount, OfficeAccounts } from '../../app/portal/ports';
import { PORTAL_STACK_OUTPUTS } from '../../app/portal/settings';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig, officesOf, type ProvinceConfig } from '../../config/province-config';
import { ReportsError, UsageError, describeError } from '../../errors';
import { LocalOfficeAccounts } from '../../local/local-identity';
import { stateFilePath } from '../../paths';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { renderTable } from '../table';
import { readLocalEndpoint } from '../target';

const WHERE = "Where the accounts are (default: the local run's development identity provider)";

const OPTIONS = {
  office: { type: 'string', value: 'ID', description: 'the office of the account (add, remove; list: one office)', group: 'Actions' },
  email: { type: 'string', value: 'ADDRESS', description: 'the account (add, remove)', group: 'Actions' },
  stack: { type: 'string', value: 'NAME', description: `the user pool of a deployed stack (its ${PORTAL_STACK_OUTPUTS.userPoolId} output)`, group: WHERE },
  'user-pool': { type: 'string', value: 'ID', description: 'a user pool named directly', group: WHERE },
  region: { type: 'string', value: 'R', description: 'region of the stack or pool', group: WHERE },
  profile: { type: 'string', value: 'P', description: 'AWS profile for credentials', group: WHERE },
  'state-file': { type: 'string', value: 'FILE', description: 'endpoints file of a local run (default .local/endpoint.json)', group: WHERE },
  config: {
    type: 'string',
    value: 'FILE',
    description: `province config whose offices are valid (default: the local run's,
else ${DEFAULT_CONFIG_PATH})`,
    group: WHERE,
  },
  json: { type: 'boolean', description: 'print JSON on stdout' },
} as const satisfies OptionSpecs;

interface Source {
  readonly accounts: OfficeAccounts;
  readonly config: ProvinceConfig;
  readonly description: string;
  close(): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function userPoolOfStack(stack: string, options: { region?: string; profile?: string }): Promise<string> {
  const cloudFormation = new CloudFormationClient(options);
  try {
    const response = await cloudFormation.send(new DescribeStacksCommand({ StackName: stack }));
    const output = response.Stacks?.[0]?.Outputs?.find((entry) => entry.OutputKey === PORTAL_STACK_OUTPUTS.userPoolId)?.OutputValue;
    if (!output) throw new ReportsError(`stack ${stack} has no output ${PORTAL_STACK_OUTPUTS.userPoolId}: is the portal deployed?`);
    return output;
  } catch (error) {
    if (error instanceof ReportsError) throw error;
    throw new ReportsError(`cannot describe stack ${stack}: ${describeError(error)}`, { cause: error });
  } finally {
    cloudFormation.destroy();
  }
}

async function sourceOf(values: Record<string, string | boolean | undefined>): Promise<Source> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const stack = text('stack');
  const pool = text('user-pool');
  const options = { ...(text('region') ? { region: text('region') as string } : {}), ...(text('profile') ? { profile: text('profile') as string } : {}) };
  if (stack !== undefined || pool !== undefined) {
    if (stack !== undefined && pool !== undefined) throw new UsageError('--stack and --user-pool name the same thing: give one');
    if (text('state-file') !== undefined) throw new UsageError('--state-file is for the local run; it does not go with --stack or --user-pool');
    const userPoolId = pool ?? (await userPoolOfStack(stack ?? '', options));
    const cognito = new CognitoIdentityProviderClient(options);
    return {
      accounts: new CognitoOfficeAccounts(cognito, userPoolId),
      config: loadProvinceConfig(text('config') ?? DEFAULT_CONFIG_PATH),
      description: `user pool ${userPoolId}`,
      close: () => cognito.destroy(),
    };
  }
  if (text('region') !== undefined || text('profile') !== undefined) throw new UsageError('--region and --profile go with --stack or --user-pool');
  const path = stateFilePath(text('state-file'));
  const info = readLocalEndpoint(path);
  if (!info.portal) throw new ReportsError(`the local run that wrote ${path} has no portal`);
  return {
    accounts: new LocalOfficeAccounts(info.portal.usersFile),
    config: loadProvinceConfig(text('config') ?? info.configPath),
    description: 'the local identity provider (development only)',
    close: () => undefined,
  };
}

function officeFlag(value: string | undefined, config: ProvinceConfig, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new UsageError('--office ID is required');
    return undefined;
  }
  const ids = officesOf(config).map((office) => office.id);
  if (!ids.includes(value)) throw new UsageError(`--office must be an office of ${config.province.name}: ${ids.join(', ')}; got "${value}"`);
  return value;
}

export function formatAccounts(accounts: readonly OfficeAccount[]): string {
  if (accounts.length === 0) return 'no accounts';
  return renderTable(
    [
      { header: 'OFFICE', value: (account: OfficeAccount) => account.officeId },
      { header: 'E-MAIL', value: (account: OfficeAccount) => account.email },
      { header: 'STATUS', value: (account: OfficeAccount) => `${account.status}${account.enabled ? '' : ' (disabled)'}` },
      { header: 'CREATED', value: (account: OfficeAccount) => account.createdAt ?? '-' },
    ],
    accounts,
  );
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  const [action, extra] = positionals;
  if (action !== 'add' && action !== 'remove' && action !== 'list') throw new UsageError('say what to do: reports users add|remove|list');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const email = values.email?.trim().toLowerCase();
  if (action !== 'list') {
    if (!email) throw new UsageError('--email ADDRESS is required');
    if (!EMAIL.test(email)) throw new UsageError(`--email must be an e-mail address, got "${values.email}"`);
  } else if (email !== undefined) {
    throw new UsageError('list takes no --email');
  }
  const source = await sourceOf(values);
  try {
    const office = officeFlag(values.office, source.config, action !== 'list');
    if (action === 'add') {
      const { account, temporaryPassword } = await source.accounts.add(office as string, email as string);
      if (values.json) process.stdout.write(`${JSON.stringify({ account, temporaryPassword })}\n`);
      else {
        console.log(`added ${account.email} to office ${account.officeId} in ${source.description}`);
        console.log(temporaryPassword ? `  password: ${temporaryPassword}` : '  Cognito e-mails the invitation with a temporary password; it is changed at first sign-in.');
      }
      return 0;
    }
    if (action === 'remove') {
      const removed = await source.accounts.remove(office as string, email as string);
      if (values.json) process.stdout.write(`${JSON.stringify({ removed })}\n`);
      else console.log(removed ? `removed ${email} from office ${office}` : `office ${office} has no account ${email}`);
      return removed ? 0 : 1;
    }
    const offices = office ? [office] : officesOf(source.config).map((entry) => entry.id);
    const accounts = await source.accounts.list(offices);
    if (values.json) process.stdout.write(`${JSON.stringify({ accounts })}\n`);
    else console.log(formatAccounts(accounts));
    return 0;
  } catch (error) {
    if (error instanceof ReportsError) throw error;
    throw new ReportsError(`users ${action} failed on ${source.description}: ${describeError(error)}`, { cause: error });
  } finally {
    source.close();
  }
}

export const usersCommand = defineCommand({
  name: 'users',
  summary: 'add, remove and list the office accounts of the portal',
  usage: 'reports users add|remove|list [--office ID] [--email ADDRESS] [target] [--json]',
  description: `Manages the office accounts that sign in to the portal. Each account belongs to exactly
one office (a group named after the office id).

  add --office ID --email ADDRESS     create the account in the office (or move it there).
                                      In AWS, Cognito e-mails the invitation with a
                                      temporary password, changed at first sign-in;
                                      locally the password is printed.
  remove --office ID --email ADDRESS  delete the account (only if it is in that office)
  list [--office ID]                  the accounts of one office, or of every office`,
  options: OPTIONS,
  examples: [
    'reports users add --office gia-loc --email van.thu@gialoc.example.vn --stack ConferenceReports-prod',
    'reports users list --office gia-loc',
  ],
  run,
});
