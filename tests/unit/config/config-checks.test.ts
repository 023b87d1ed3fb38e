import { assertDeployable, deploymentProblems } from '../../../shared/config/config-checks';
import { loadProvinceConfig, type ProvinceConfig } from '../../../shared/config/province-config';
import { ConfigError } from '../../../shared/errors';

const base = loadProvinceConfig();

function withOffices(offices: ProvinceConfig['offices']): ProvinceConfig {
  return { ...base, offices };
}

const office = (id: string, endpoints: ProvinceConfig['offices'][number]['endpoints']): ProvinceConfig['offices'][number] => ({
  id,
  name: id,
  level: 'province',
  endpoints,
});

describe('deployment checks of the province config', () => {
  it('accepts the shipped config', () => {
    expect(deploymentProblems(base, { operationsEmails: ['ops@example.gov.vn'] })).toEqual([]);
  });

  it('refuses two offices with one endpoint, naming both', () => {
    const config = withOffices([
      office('a', [{ protocol: 'email', endpoint: 'Office@example.gov.vn' }]),
      office('b', [{ protocol: 'email', endpoint: 'office@example.gov.vn' }]),
    ]);
    expect(deploymentProblems(config)).toEqual([expect.stringMatching(/^offices\.b\.endpoints\[0\]: .*already used by offices\.a\.endpoints\[0\]/u)]);
  });

  it('leaves the number of subscriptions to the nested-stack layout, which holds hundreds', () => {
    const offices = Array.from({ length: 401 }, (_, index) => office(`o${index}`, [{ protocol: 'sms', endpoint: `+8491${String(index).padStart(7, '0')}` }]));
    expect(deploymentProblems(withOffices(offices))).toEqual([]);
  });

  it('refuses an invalid operations e-mail, naming it', () => {
    expect(deploymentProblems(base, { operationsEmails: ['ops@example.gov.vn', 'ops at example'] })).toEqual([
      'operationsEmails[1]: "ops at example" is not an e-mail address',
    ]);
  });

  it('refuses credentials in URLs without printing them', () => {
    const config = withOffices([
      office('a', [{ protocol: 'https', endpoint: 'https://user:hunter2@hooks.example.gov.vn/reports' }]),
      office('b', [{ protocol: 'https', endpoint: 'https://hooks.example.gov.vn/reports?office=b&token=abc123' }]),
      office('c', [{ protocol: 'https', endpoint: 'https://hooks.example.gov.vn/reports?office=c' }]),
    ]);
    const problems = deploymentProblems(config);
    expect(problems).toEqual([
      expect.stringMatching(/^offices\.a\.endpoints\[0\]: .*user name or password/u),
      expect.stringMatching(/^offices\.b\.endpoints\[0\]: .*credential in its query \(token\)/u),
    ]);
    expect(problems.join('\n')).not.toMatch(/hunter2|abc123/u);
  });

  it('throws a ConfigError listing every problem', () => {
    expect(() => assertDeployable(base, { operationsEmails: ['nope'] })).toThrow(ConfigError);
  });
});
