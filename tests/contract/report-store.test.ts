import { describeContract, memoryPorts, useDynamoPorts } from './contract';
import { reportStoreContract } from './report-store.contract';

const dynamoPorts = useDynamoPorts();

describeContract('ReportStore: the in-memory fake', reportStoreContract, memoryPorts);
describeContract('ReportStore: the DynamoDB adapter on dynalite', reportStoreContract, dynamoPorts);
