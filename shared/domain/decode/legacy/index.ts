export { decodeTcvn3, encodeTcvn3, restoreSentenceCapitals, tcvn3LosesCase } from './tcvn3';
export { decodeVni, encodeVni } from './vni';
export { decodeWindows1258, encodeWindows1258 } from './windows-1258';
