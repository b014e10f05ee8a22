/** Runs `run` over items with at most `size` at once: provider reads in parallel, but politely. */
export async function forEachLimited<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await run(items[next++]!);
  });
  await Promise.all(workers);
}
