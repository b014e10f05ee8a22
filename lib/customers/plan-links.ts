import {
  matchAgainst,
  normaliseCustomerNumber,
  normaliseEmail,
  normaliseName,
  normaliseBirthDate,
  type PersonIdentity,
} from "./match-rules";

export type ProviderName = "INVESTSUITE" | "WISEALPHA" | "CASHLINK";
export type Person = PersonIdentity & { provider: ProviderName; providerId: string };
export type PersonKey = `${ProviderName}|${string}`;
export const personKey = (p: { provider: ProviderName; providerId: string }): PersonKey => `${p.provider}|${p.providerId}`;

export type PlanInput = {
  persons: readonly Person[];
  customers: readonly { id: string; customerNumber: string | null }[];
  links: readonly { customerId: string; provider: ProviderName; providerId: string }[];
  /** `${customerId}|${personKey}` pairs a reviewer rejected or unlinked: never linked or suggested again. */
  blocked: ReadonlySet<string>;
  newId: () => string;
};

export type PlannedMatch = {
  customerId: string;
  provider: ProviderName;
  providerId: string;
  kind: "EMAIL" | "NAME_BIRTH_DATE" | "CONFLICT";
  detail: { reason: string; with: PersonKey[] };
};

export type PlanOutput = {
  newCustomers: { id: string; customerNumber: string | null }[];
  newLinks: { customerId: string; provider: ProviderName; providerId: string; method: "CUSTOMER_NUMBER" | "FIRST_SEEN" }[];
  matches: PlannedMatch[];
};

const PRECEDENCE: Record<ProviderName, number> = { INVESTSUITE: 0, WISEALPHA: 1, CASHLINK: 2 };

/**
 * Decides, for persons not yet linked, which customer each joins (by customer number only)
 * and which suggestions and conflicts a reviewer should see. Pure, so the rules are tested
 * without a database; lib/customers/sync-customers.ts applies the result.
 */
export function planLinks(input: PlanInput): PlanOutput {
  const out: PlanOutput = { newCustomers: [], newLinks: [], matches: [] };
  const members = new Map<string, Person[]>();
  const numberOf = new Map<string, string | null>();
  const customerOfPerson = new Map<PersonKey, string>();
  const byNumber = new Map<string, string>();
  for (const c of input.customers) {
    members.set(c.id, []);
    numberOf.set(c.id, c.customerNumber);
    if (c.customerNumber) byNumber.set(c.customerNumber, c.id);
  }
  const persons = new Map(input.persons.map((p) => [personKey(p), p]));
  for (const l of input.links) {
    const p = persons.get(personKey(l));
    customerOfPerson.set(personKey(l), l.customerId);
    if (p) members.get(l.customerId)?.push(p);
  }
  const blocked = (customerId: string, p: Person) => input.blocked.has(`${customerId}|${personKey(p)}`);
  const addCustomer = (number: string | null) => {
    const id = input.newId();
    out.newCustomers.push({ id, customerNumber: number });
    members.set(id, []);
    numberOf.set(id, number);
    if (number) byNumber.set(number, id);
    return id;
  };
  const link = (customerId: string, p: Person, method: "CUSTOMER_NUMBER" | "FIRST_SEEN") => {
    out.newLinks.push({ customerId, provider: p.provider, providerId: p.providerId, method });
    members.get(customerId)!.push(p);
    customerOfPerson.set(personKey(p), customerId);
  };
  const flagged = new Set<string>();
  const flag = (m: PlannedMatch) => {
    const key = `${m.customerId}|${m.provider}|${m.providerId}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    out.matches.push(m);
  };

  // 1. Links: the customer number alone decides; anything contradicting it is a conflict.
  const unlinked = [...persons.values()]
    .filter((p) => !customerOfPerson.has(personKey(p)))
    .sort((a, b) => PRECEDENCE[a.provider] - PRECEDENCE[b.provider] || a.providerId.localeCompare(b.providerId));
  for (const p of unlinked) {
    const number = normaliseCustomerNumber(p.customerNumber);
    const target = number ? byNumber.get(number) : undefined;
    if (number && target === undefined) {
      link(addCustomer(number), p, "FIRST_SEEN");
      continue;
    }
    if (target !== undefined && !blocked(target, p)) {
      const targetMembers = members.get(target)!;
      const verdict = matchAgainst(p, targetMembers);
      const taken = targetMembers.some((m) => m.provider === p.provider);
      if (!taken && verdict?.kind !== "CONFLICT") {
        link(target, p, "CUSTOMER_NUMBER");
        continue;
      }
      const reason = taken ? `Customer number already linked to another ${p.provider} person` : (verdict as { reason: string }).reason;
      flag({
        customerId: target,
        provider: p.provider,
        providerId: p.providerId,
        kind: "CONFLICT",
        detail: { reason, with: targetMembers.map(personKey) },
      });
    }
    // No number, a blocked pair or a conflict: the person is a customer of their own for now.
    link(addCustomer(null), p, "FIRST_SEEN");
  }

  // 2. Suggestions: a person alone in their customer may move into a matching customer.
  const byEmail = new Map<string, Set<string>>();
  const byNameDob = new Map<string, Set<string>>();
  const index = (map: Map<string, Set<string>>, key: string | null, customerId: string) => {
    if (key) map.set(key, (map.get(key) ?? new Set()).add(customerId));
  };
  for (const [customerId, ms] of members) {
    for (const m of ms) {
      index(byEmail, normaliseEmail(m.email), customerId);
      const dob = normaliseBirthDate(m.birthDate);
      const name = normaliseName(m.firstName, m.lastName);
      if (dob && name) index(byNameDob, `${name}|${dob}`, customerId);
    }
  }
  // Which of two customers keeps the person: one with a number, then more members, then the earlier provider.
  const hostRank = (customerId: string) => {
    const ms = members.get(customerId)!;
    return [numberOf.get(customerId) ? 0 : 1, -ms.length, Math.min(...ms.map((m) => PRECEDENCE[m.provider])), customerId] as const;
  };
  const isHost = (a: string, b: string) => {
    const ra = hostRank(a);
    const rb = hostRank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]!;
    return false;
  };
  for (const [own, ms] of members) {
    if (ms.length !== 1) continue;
    const p = ms[0]!;
    const dob = normaliseBirthDate(p.birthDate);
    const name = normaliseName(p.firstName, p.lastName);
    const candidates = new Set([
      ...(byEmail.get(normaliseEmail(p.email) ?? "") ?? []),
      ...(byNameDob.get(dob && name ? `${name}|${dob}` : "") ?? []),
    ]);
    // A contradiction with anyone who shares the e-mail makes every suggestion for p a conflict.
    const everyone = [...candidates].filter((c) => c !== own).flatMap((c) => members.get(c)!);
    const anyConflict = matchAgainst(p, everyone);
    for (const target of candidates) {
      if (target === own || blocked(target, p) || !isHost(target, own)) continue;
      const targetMembers = members.get(target)!;
      if (targetMembers.some((m) => m.provider === p.provider)) continue;
      const verdict = anyConflict?.kind === "CONFLICT" ? anyConflict : matchAgainst(p, targetMembers);
      if (!verdict || verdict.kind === "NUMBER") continue;
      const reason =
        verdict.kind === "CONFLICT" ? verdict.reason : verdict.kind === "EMAIL" ? "Same e-mail" : "Same name and date of birth";
      flag({
        customerId: target,
        provider: p.provider,
        providerId: p.providerId,
        kind: verdict.kind,
        detail: { reason, with: targetMembers.map(personKey) },
      });
    }
  }
  return out;
}
