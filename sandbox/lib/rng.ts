/**
 * Deterministic PRNG (mulberry32) so the sandbox's generated data is the same for
 * the same SANDBOX_SEED on every machine. Not for anything secret.
 */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    bool(probability = 0.5) {
      return next() < probability;
    },
  };
}

export type Rng = ReturnType<typeof createRng>;
