/**
 * `npm run bench`: prints throughput, latency and memory figures. Never a
 * pass/fail timing assertion. Parts that need ../shared say so and skip.
 *
 *   npm run bench              all parts
 *   npm run bench -- core      only the reading core
 *   npm run bench -- xref      only the cross-reference index
 *   npm run bench -- extension activation time and bundle sizes
 */
const parts: Record<string, () => Promise<void>> = {
  core: async () => (await import('./core')).run(),
  extension: async () => (await import('./extension')).run(),
  xref: async () => {
    let mod: { run?: () => Promise<void> } | null = null;
    try {
      mod = await import('./xref');
    } catch {
      mod = null;
    }
    if (mod?.run) await mod.run();
    else console.log('xref: benchmark not available');
  },
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(parts);
  for (const n of names) {
    const p = parts[n];
    if (!p) {
      console.error(`bench: unknown part "${n}" (${Object.keys(parts).join(', ')})`);
      process.exitCode = 2;
      return;
    }
    console.log(`\n=== ${n} ===`);
    await p();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
