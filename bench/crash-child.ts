// The CLI as a child process the crash bench can kill -9 (tsx runs the sources, as in the tests).
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
