import { resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig, officesOf, type ProvinceConfig } from '../../config/province-config';
import { subscriptionPlan, type FilterPolicy } from '../../domain/routing';
import { UsageError } from '../../errors';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { renderTable } from '../table';

const OPTIONS = {
  config: { type: 'string', value: 'FILE', description: `province config (default ${DEFAULT_CONFIG_PATH})` },
  json: {
    type: 'boolean',
    description: `print {"province","offices":[{"id","name","level","unit",
"endpoints":[{"protocol","endpoint"}],"filterPolicy"}]} on stdout`,
  },
} as const satisfies OptionSpecs;

export interface OfficeView {
  readonly id: string;
  readonly name: string;
  readonly level: 'unit' | 'province';
  readonly unit: string | null;
  readonly endpoints: readonly { readonly protocol: string; readonly endpoint: string }[];
  readonly filterPolicy: FilterPolicy;
}

/** Offices joined with their subscriptions' filter policy; throws ConfigError as subscriptionPlan does. */
export function officeViews(config: ProvinceConfig): OfficeView[] {
  const plans = subscriptionPlan(config);
  return officesOf(config).map((office) => ({
    id: office.id,
    name: office.name,
    level: office.level,
    unit: office.unit,
    endpoints: office.endpoints.map(({ protocol, endpoint }) => ({ protocol, endpoint })),
    // Every subscription of one office carries the same policy; an office without
    // endpoints has no subscription and so no policy to show.
    filterPolicy: plans.find((plan) => plan.officeId === office.id)?.filterPolicy ?? {},
  }));
}

export function formatOffices(config: ProvinceConfig, views: readonly OfficeView[]): string {
  const unitName = (id: string | null) => (id === null ? 'whole province' : (config.units.find((unit) => unit.id === id)?.name ?? id));
  const table = renderTable(
    [
      { header: 'OFFICE', value: (view: OfficeView) => view.id },
      { header: 'NAME', value: (view: OfficeView) => view.name, maxWidth: 40 },
      { header: 'RECEIVES', value: (view: OfficeView) => unitName(view.unit), maxWidth: 28 },
      { header: 'ENDPOINTS', value: (view: OfficeView) => view.endpoints.map((endpoint) => `${endpoint.protocol}:${endpoint.endpoint}`).join(', ') },
      { header: 'FILTER POLICY', value: (view: OfficeView) => JSON.stringify(view.filterPolicy) },
    ],
    views,
  );
  const subscriptions = views.reduce((sum, view) => sum + view.endpoints.length, 0);
  return `${config.province.name} (${config.province.id}): ${views.length} offices, ${subscriptions} subscriptions\n\n${table}`;
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const config = loadProvinceConfig(values.config ? resolve(values.config) : DEFAULT_CONFIG_PATH);
  const views = officeViews(config);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ province: config.province.id, offices: views })}\n`);
  } else {
    console.log(formatOffices(config, views));
  }
  return 0;
}

export const officesCommand = defineCommand({
  name: 'offices',
  summary: 'list offices, their endpoints and subscription filter policies',
  usage: 'reports offices [--config FILE] [--json]',
  description: `Lists the offices of the province config, the endpoints each is notified at (e-mail,
SMS, HTTPS, SQS), and the SNS filter policy every one of its subscriptions gets, from
the same subscription plan the stack and the local run use. Needs no running pipeline.`,
  options: OPTIONS,
  exitCodes: `Exit codes: 0 listed, 1 the config is unreadable or SNS would reject a subscription,
2 wrong usage.`,
  examples: ['reports offices --config config/hai-duong.json'],
  run,
});
