// Runs the CLI from source (tests and development): `node --import tsx src/cli/dev.ts analyze …`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
