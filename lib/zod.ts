import { z } from 'zod';

// Extension pages forbid runtime code generation (CSP): zod must not probe `new Function`.
z.config({ jitless: true });

export { z };
