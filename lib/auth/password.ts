import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 hashes with argon2id by default; the parameters are OWASP's minimum for argon2id.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Compared against when the login is unknown, so a wrong login takes as long as a wrong password. */
export const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$8ZIPoaZk1PgSgPJCR4pReg$psAEM4A5Pc7rlZMYLYUAQIGGDGGA/MXSseuKbIXjfVE";
