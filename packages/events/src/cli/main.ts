import { runCli } from './run.js';

// The executable: wires runCli to the real process. Output is written synchronously-ordered
// through process streams; the exit code is set, not forced, so pending writes flush.
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `klaslab-events: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
