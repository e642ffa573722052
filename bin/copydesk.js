#!/usr/bin/env node
import { installSignalHandlers, run } from '../dist/cli/index.js';

installSignalHandlers();
process.exitCode = await run(process.argv.slice(2));
