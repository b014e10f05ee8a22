import Decimal from "decimal.js";

import { asJsonNumber } from "./decimal-json";
import { entityId } from "./ids";
import { baseCash, hasCashForWithdrawal, pendingDivest } from "./holdings";
import type { Runtime } from "./runtime";
import { isoDatetime, type Portfolio } from "./state";

/**
 * Status the sandbox derives from a portfolio's data, in the order the docs list the
 * onboarding steps: policy (robo only), brokerage account, funds. Paper money needs none.
 * A blocked portfolio (`active: false`) is INACTIVE.
 */
export function derivedStatus(p: Portfolio): string {
  if (p.config.manager_settings.active === false) return "INACTIVE";
  if (p.money_type === "PAPER_MONEY") return "ACTIVE";
  if (p.config.manager !== "USER_MANAGED" && !p.config.manager_settings.policy_id) return "WAITING_FOR_POLICY";
  if (!p.brokerage_account) return "WAITING_FOR_ACCOUNT";
  const funded = p.funded_since !== null || Object.values(p.portfolio).some((qty) => new Decimal(qty).gt(0));
  return funded ? "ACTIVE" : "WAITING_FOR_FUNDS";
}

/** Fields every portfolio event's `data` repeats (seed 000). */
export function ownerData(rt: Runtime, p: Portfolio) {
  return {
    id: p.id,
    external_id: p.external_id,
    owned_by_user_id: p.owned_by_user_id,
    owned_by_external_user_id: rt.state.users[p.owned_by_user_id]?.external_id ?? null,
  };
}

const sameDecimal = (a: unknown, b: unknown) =>
  a === null || a === undefined || b === null || b === undefined ? (a ?? null) === (b ?? null) : new Decimal(String(a)).eq(String(b));

/**
 * Stores a changed portfolio as a new version (unless nothing changed) and emits every
 * event the seed lists for the difference. Used by PATCH, DELETE and the scenario controls.
 */
export function commitPortfolio(rt: Runtime, before: Portfolio, after: Portfolio, authorId: string, options: { optimize?: boolean } = {}) {
  const t = rt.now();
  if (JSON.stringify(before) === JSON.stringify(after)) {
    emitFollowUps(rt, before, after, options.optimize ?? false);
    return before;
  }
  const next: Portfolio = {
    ...after,
    version: before.version + 1,
    version_datetime: isoDatetime(t),
    version_authored_by_user_id: authorId,
  };
  rt.state.portfolios[next.id] = next;
  rt.markDirty();
  emitFollowUps(rt, before, next, options.optimize ?? false);
  return next;
}

function emitFollowUps(rt: Runtime, before: Portfolio, p: Portfolio, optimize: boolean) {
  const { bus } = rt;
  if (before.status !== p.status) bus.emit("portfolios", "status-update", { ...ownerData(rt, p), value: p.status });

  const settingsBefore = before.config.manager_settings;
  const settings = p.config.manager_settings;
  // "Every update to this amount will trigger an event", including the middleware's reset to 0.
  const divestChanged = !sameDecimal(settingsBefore.divest_amount, settings.divest_amount);
  if (divestChanged) {
    bus.emit("portfolios", "divest-amount-update", {
      ...ownerData(rt, p),
      divest_amount: settings.divest_amount === null || settings.divest_amount === undefined ? null : numberData(settings.divest_amount),
      currency: p.base_currency,
    });
  }

  const profileBefore = settingsBefore.suitability_profile_id ?? null;
  const profile = settings.suitability_profile_id ?? null;
  if (profile && profile !== profileBefore) {
    bus.emit("portfolios", profileBefore ? "profile-updated-for-portfolio" : "profile-created-for-portfolio", {
      ...ownerData(rt, p),
      suitability_profile_id: profile,
    });
  }

  // Docs: checked when a withdrawal is requested or the holdings of a real_money portfolio change.
  const holdingsChanged = JSON.stringify(before.portfolio) !== JSON.stringify(p.portfolio);
  if (p.money_type === "REAL_MONEY" && (divestChanged || holdingsChanged) && hasCashForWithdrawal(p)) {
    const { id, external_id, owned_by_user_id, owned_by_external_user_id } = ownerData(rt, p);
    bus.emit("portfolios", "cash-available-for-withdrawal", {
      id,
      external_id,
      currency: p.base_currency,
      owned_by_user_id,
      owned_by_external_user_id,
    });
  }

  // Docs (rebalancing): any PATCH triggers an optimization of a robo portfolio; blocked ones are not optimized.
  if (optimize && p.config.manager !== "USER_MANAGED" && settings.active !== false && !p.deleted) {
    emitOptimization(rt, p, pendingDivest(p) !== null || baseCash(p).gt(0));
  }
}

export function emitOptimization(rt: Runtime, p: Portfolio, isRecommended: boolean, value = "SUCCESS") {
  const id = entityId("O", rt.now());
  rt.bus.emit("optimizations", "status-update", {
    id,
    portfolio_id: p.id,
    external_id: p.external_id,
    is_recommended: isRecommended,
    value,
  });
  return id;
}

/** Event data carries money as a JSON number written from its decimal text (seed: `"divest_amount": 1.234`). */
function numberData(value: unknown) {
  return asJsonNumber(String(value));
}
