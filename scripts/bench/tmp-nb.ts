import { nodeBenchmarks } from './node-benchmarks';
console.log(nodeBenchmarks().join('\n'));
