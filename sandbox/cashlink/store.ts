import type { CashlinkState, Campaign, Investment, Investor, Invitation, Wallet } from "./types";

/**
 * The in-memory state plus lookups. Every mutation must be followed by
 * `changed()` so the debounced saver writes it to disk.
 */
export type Store = {
  state: CashlinkState;
  changed(): void;
  campaign(id: string): Campaign | undefined;
  investor(id: string): Investor | undefined;
  invitation(id: string): Invitation | undefined;
  investment(id: string): Investment | undefined;
  wallet(id: string): Wallet | undefined;
  walletsOf(investorId: string): Wallet[];
};

export function createStore(state: CashlinkState, changed: () => void): Store {
  return {
    state,
    changed,
    campaign: (id) => state.campaigns.find((c) => c.id === id),
    investor: (id) => state.investors.find((i) => i.id === id),
    invitation: (id) => state.invitations.find((i) => i.id === id),
    investment: (id) => state.investments.find((i) => i.id === id),
    wallet: (id) => state.wallets.find((w) => w.id === id),
    walletsOf: (investorId) => state.wallets.filter((w) => w.investor_id === investorId),
  };
}
