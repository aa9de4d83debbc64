/**
 * Preloaded (`node -r`) into a bot under `npm run bench -- --profile`: exits through process.exit on
 * SIGTERM/SIGINT so that `--cpu-prof` writes its .cpuprofile (a default signal death writes none).
 */
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => process.exit(0));
}
