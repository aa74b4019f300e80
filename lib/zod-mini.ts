import { z } from 'zod/mini';

// The message contract is parsed in the content script and the card too: zod's tree-shakable
// build keeps what every page loads small. Same rule as lib/zod.ts: no runtime code generation.
z.config({ jitless: true });

export { z };
