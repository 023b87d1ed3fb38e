import { describeContract, memoryPorts, useDynamoPorts } from './contract';
import { uploadLedgerContract } from './upload-ledger.contract';

const dynamoPorts = useDynamoPorts();

describeContract('UploadLedger: the in-memory fake', uploadLedgerContract, memoryPorts);
describeContract('UploadLedger: the DynamoDB adapter on dynalite', uploadLedgerContract, dynamoPorts);
