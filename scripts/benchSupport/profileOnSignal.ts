/**
 * Preloaded (`node -r`) into our bot by `npm run bench -- --profile`: a CPU profile of the measured
 * phase only (no startup, no warm-up). SIGUSR2 starts the V8 sampling profiler; SIGTERM/SIGINT stop
 * it, write `CPU.<pid>.cpuprofile` into BENCH_PROFILE_DIR and exit.
 */
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';

const dir = process.env.BENCH_PROFILE_DIR ?? process.cwd();
const session = new inspector.Session();
session.connect();
let started = false;

process.on('SIGUSR2', () => {
  if (started) return;
  session.post('Profiler.enable', () =>
    session.post('Profiler.setSamplingInterval', { interval: 500 }, () =>
      session.post('Profiler.start', () => {
        started = true;
      }),
    ),
  );
});

function finish(): void {
  if (!started) process.exit(0);
  session.post('Profiler.stop', (err, result) => {
    if (!err && result?.profile) {
      fs.writeFileSync(path.join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    } else {
      process.stderr.write(`profiler: ${err?.message ?? 'no profile'}\n`);
    }
    process.exit(0);
  });
}
process.on('SIGTERM', finish);
process.on('SIGINT', finish);
