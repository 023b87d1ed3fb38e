import { describeContract, memoryPorts, useDynamoPorts } from './contract';
import { publishLeasesContract } from './publish-leases.contract';

const dynamoPorts = useDynamoPorts();

describeContract('PublishLeases: the in-memory fake', publishLeasesContract, memoryPorts);
describeContract('PublishLeases: the DynamoDB adapter on dynalite', publishLeasesContract, dynamoPorts);
