import { describeContract, memoryPorts, useDynamoPorts } from './contract';
import { reviewQueueContract } from './review-queue.contract';

const dynamoPorts = useDynamoPorts();

describeContract('ReviewQueue: the in-memory fake', reviewQueueContract, memoryPorts);
describeContract('ReviewQueue: the DynamoDB adapter on dynalite', reviewQueueContract, dynamoPorts);
