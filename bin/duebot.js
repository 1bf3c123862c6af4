#!/usr/bin/env node
// Entry point: builds the TypeScript once if dist/ is missing or older than the sources, then runs the CLI.
import { ensureBuilt } from './ensure-built.js';

await ensureBuilt();
const { main } = await import('../dist/src/cli/main.js');
await main(process.argv);
