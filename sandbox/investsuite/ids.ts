import { randomBytes } from "node:crypto";

import type { Rng } from "../lib/rng";

/** Crockford base32, the alphabet InvestSuite's ULID-based ids use (no I, L, O, U). */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Entity id: type letter + 26-char ULID (10 chars of millisecond time, 16 of randomness). */
export function entityId(letter: string, timeMs: number, random: () => number = secureRandom): string {
  let time = "";
  let t = Math.max(0, Math.floor(timeMs));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rest = "";
  for (let i = 0; i < 16; i++) rest += CROCKFORD[Math.floor(random() * 32)];
  return `${letter}${time}${rest}`;
}

/** Deterministic variant for generated data, so the same SANDBOX_SEED gives the same ids. */
export function seededId(letter: string, timeMs: number, rng: Rng): string {
  return entityId(letter, timeMs, rng.next);
}

function secureRandom(): number {
  return randomBytes(4).readUInt32BE(0) / 4294967296;
}

export const ID_CHARS = "[0-9A-HJKMNP-TV-Z]{26}";

export function idPattern(letter: string): RegExp {
  return new RegExp(`^${letter}${ID_CHARS}$`);
}
