import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum (19 MiB, 2 iterations, 1 lane). Algorithm 2 = Argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A fixed hash verified when the account does not exist, so a sign-in for an
 * unknown email costs the same time as a wrong password (no user enumeration).
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$TePiezKhGQf4VDTqntiW3w$Ltqoj8Bue9++eQ344iReJWvUxh2R5mYjYCmwpQ7xd2c";
