import type { BundleResults } from './bundles';
import type { CostResults } from './cost';
import type { NormalizerResults } from './normalizer';
import type { PipelineResults } from './pipeline';

/** Everything one benchmark run measured: what results.json holds and RESULTS.md shows. */
export interface BenchResults {
  meta: {
    date: string;
    cpu: string;
    cores: number;
    node: string;
    platform: string;
    quick: boolean;
    sections: Record<string, string>;
  };
  normalizer?: NormalizerResults['normalizer'];
  baseline?: NormalizerResults['baseline'];
  comparison?: NormalizerResults['comparison'];
  /** Absent in results measured before the worst-case inputs were added. */
  worstCase?: NormalizerResults['worstCase'];
  /** Absent in results measured before the real corpus was timed. */
  real?: NormalizerResults['real'];
  bundles?: BundleResults;
  pipeline?: PipelineResults;
  cost?: CostResults;
}
