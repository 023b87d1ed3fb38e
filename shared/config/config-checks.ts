import { ConfigError } from '../errors';
import type { ProvinceConfig } from './province-config';

/**
 * Checks of a province config that its schema cannot make, for what synthesis or
 * deployment would otherwise refuse later (or, worse, accept and get wrong). Each
 * problem names the entry at fault.
 */


const EMAIL = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;
/** Query parameter names that carry secrets. */
const SECRET_PARAMETER = /^(?:pass(?:word)?|pwd|secret|token|access[_-]?token|api[_-]?key|key|sig|signature|auth|authorization|credentials?|client[_-]?secret|x-amz-signature|x-amz-credential)$/iu;

export interface DeploymentChecks {
  /** E-mail addresses subscribed to the operations topic (stage settings). */
  readonly operationsEmails?: readonly string[];
}

/** Every problem found, each naming its entry; empty when the config can be deployed. */
export function deploymentProblems(config: ProvinceConfig, checks: DeploymentChecks = {}): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const office of config.offices) {
    for (const [index, endpoint] of office.endpoints.entries()) {
      const where = `offices.${office.id}.endpoints[${index}]`;
      // SNS keeps one subscription per protocol and endpoint on a topic: a second office
      // with the same address would silently share (and overwrite) the first one's filter.
      const identity = `${endpoint.protocol}:${endpoint.protocol === 'email' ? endpoint.endpoint.toLowerCase() : endpoint.endpoint}`;
      const owner = owners.get(identity);
      if (owner !== undefined) {
        problems.push(`${where}: ${endpoint.protocol} endpoint ${redacted(endpoint.endpoint)} is already used by ${owner}; every office needs its own endpoint`);
      } else {
        owners.set(identity, where);
      }
      if (endpoint.protocol === 'https') {
        for (const problem of urlCredentialProblems(endpoint.endpoint)) problems.push(`${where}: ${problem}`);
      }
    }
  }
  for (const [index, email] of (checks.operationsEmails ?? []).entries()) {
    if (!EMAIL.test(email)) problems.push(`operationsEmails[${index}]: "${email}" is not an e-mail address`);
  }
  return problems;
}

/** Throws {@link ConfigError} listing every problem of {@link deploymentProblems}. */
export function assertDeployable(config: ProvinceConfig, checks: DeploymentChecks = {}): void {
  const problems = deploymentProblems(config, checks);
  if (problems.length > 0) throw new ConfigError('the province config cannot be deployed', problems);
}

/**
 * Credentials have no place in a URL of the config: the config is stored in the
 * repository and inlined into the stack template, both readable by many.
 */
function urlCredentialProblems(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  const problems: string[] = [];
  if (url.username || url.password) problems.push(`URL ${redacted(value)} carries a user name or password; use a secret the receiver checks instead`);
  for (const name of url.searchParams.keys()) {
    if (SECRET_PARAMETER.test(name)) problems.push(`URL ${redacted(value)} carries a credential in its query (${name}); use a secret the receiver checks instead`);
  }
  return problems;
}

/** A URL or address safe to print: no user information, no query values. */
function redacted(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return value;
    url.username = '';
    url.password = '';
    for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, '***');
    return url.toString().replace(/%2A/gu, '*');
  } catch {
    return value;
  }
}
