"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button, SubmitButton } from "@/components/ui/button";
import { Money } from "@/components/ui/money";
import { Field, Form, Input, Options, Select } from "@/components/ui/field";
import { checkPlacementAction, placeOrderAction, quoteOrderAction } from "@/lib/actions/orders";

type ProductOption = { productId: string; company: string; currency: string; buyPrice: string; sellPrice: string; marketType: string };
type AccountOption = { id: string; currencies: string[] };
type FieldErrors = Record<string, { _errors?: string[] }> | undefined;

const LABELS: Record<string, string> = {
  principal: "Principal",
  interest: "Accrued interest",
  service_fee: "Service fee",
  sale_fee: "Sale fee",
  total: "Total",
};

/** Quote first (WiseAlpha's figures, warnings and our refusal reasons), then place exactly that quote. */
export function PlaceOrderForm({
  customerRef,
  accounts,
  products,
}: {
  customerRef: string;
  accounts: AccountOption[];
  products: ProductOption[];
}) {
  const router = useRouter();
  const [accountRef, setAccount] = useState(accounts[0]?.id ?? "");
  const [productId, setProduct] = useState(products[0]?.productId ?? "");
  const [side, setSide] = useState<"BUY" | "SELL">("BUY");
  const [orderType, setType] = useState<"gross" | "principal">("principal");
  const [amount, setAmount] = useState("");
  const product = products.find((p) => p.productId === productId);
  const [price, setPrice] = useState(products[0]?.buyPrice ?? "");
  const [unknownId, setUnknownId] = useState<string | null>(null);
  // Choosing a product or a side starts the price at that product's current price for that side.
  const choose = (nextProductId: string, nextSide: "BUY" | "SELL") => {
    const next = products.find((p) => p.productId === nextProductId);
    setProduct(nextProductId);
    setSide(nextSide);
    if (next) setPrice(nextSide === "BUY" ? next.buyPrice : next.sellPrice);
  };

  const quote = useAction(quoteOrderAction, { onError: ({ error }) => toast.error(error.serverError ?? "No quote.") });
  const place = useAction(placeOrderAction, {
    onSuccess: ({ data }) => {
      // Above ORDER_FOUR_EYES_ABOVE the order waits for a second person (four eyes) instead of being sent.
      if (data?.status === "pending") toast.success("Sent for approval: another person must approve this order on Approvals.");
      else toast.success(`Order ${data?.orderId ?? ""} placed at WiseAlpha (${data?.state ?? "open"}).`);
      quote.reset();
      router.refresh();
    },
    onError: ({ error }) => {
      toast.error(error.serverError ?? "The order was not placed.");
      if (error.serverError?.includes("Check at WiseAlpha")) setUnknownId(quote.result.data?.placementId ?? null);
    },
  });
  const check = useAction(checkPlacementAction, {
    onSuccess: ({ data }) => {
      toast[data?.found ? "success" : "info"](
        data?.found ? `Found it: order ${data.orderId} was placed.` : "WiseAlpha has no such order: you can place it again.",
      );
      setUnknownId(null);
      router.refresh();
    },
    onError: ({ error }) => toast.error(error.serverError ?? "Could not check."),
  });
  const q = quote.result.data;
  const errors = quote.result.validationErrors as FieldErrors;
  const currency = product?.currency ?? "GBP";

  return (
    <div className="flex flex-col gap-3 text-sm">
      <Form
        aria-label="Quote an order"
        className="grid grid-cols-2 items-end gap-3 md:grid-cols-4"
        onSubmit={() => {
          quote.execute({
            customerRef,
            accountRef,
            productId,
            side,
            orderType: side === "BUY" ? orderType : undefined,
            amount,
            currency,
            price,
          });
        }}
      >
        <Field label="Account" htmlFor="po-account">
          <Select id="po-account" value={accountRef} onChange={(e) => setAccount(e.target.value)}>
            <Options options={accounts.map((a) => ({ value: a.id, label: a.id }))} />
          </Select>
        </Field>
        <Field label="Product" htmlFor="po-product">
          <Select id="po-product" value={productId} onChange={(e) => choose(e.target.value, side)}>
            {products.map((p) => (
              <option key={p.productId} value={p.productId}>
                {p.company} ({p.productId}, {p.marketType.replace("_", " ")})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Side" htmlFor="po-side">
          <Select id="po-side" value={side} onChange={(e) => choose(productId, e.target.value as "BUY" | "SELL")}>
            <option value="BUY">Buy</option>
            <option value="SELL">Sell</option>
          </Select>
        </Field>
        {side === "BUY" ? (
          <Field label="Buy type" htmlFor="po-type" error={errors?.orderType?._errors}>
            <Select id="po-type" value={orderType} onChange={(e) => setType(e.target.value as "gross" | "principal")}>
              <option value="principal">Principal (amount = principal to acquire)</option>
              <option value="gross">Gross (amount = money to spend)</option>
            </Select>
          </Field>
        ) : (
          <p className="text-xs text-slate-600">A sell&apos;s amount is always principal.</p>
        )}
        <Field label={`Amount (${currency})`} htmlFor="po-amount" error={errors?.amount?._errors}>
          <Input id="po-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="500.00" />
        </Field>
        <Field label="Price (% of par)" htmlFor="po-price" error={errors?.price?._errors}>
          <Input id="po-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
        </Field>
        <SubmitButton variant="secondary" pending={quote.isPending} pendingLabel="Quoting…" disabled={!accountRef || !productId}>
          Get quote
        </SubmitButton>
      </Form>
      {quote.result.serverError && (
        <p role="alert" className="text-red-800">
          {quote.result.serverError}
        </p>
      )}
      {q && (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-3" data-testid="quote">
          <dl className="grid grid-cols-2 gap-x-4 font-mono text-xs md:grid-cols-5">
            {Object.entries(q.figures).map(([k, v]) => (
              <div key={k}>
                <dt className="font-sans text-slate-600">{LABELS[k] ?? k}</dt>
                <dd>
                  <Money amount={v} currency={q.currency} />
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-1 text-xs text-slate-600">
            Available cash: <Money amount={q.available} currency={q.currency} />
          </p>
          {q.warnings.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-xs text-amber-800" data-testid="quote-warnings">
              {q.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {q.refusals.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-xs text-red-800" data-testid="quote-refusals" role="alert">
              {q.refusals.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            <div className="mt-2 flex gap-2">
              <Button
                disabled={place.isPending || !q.placementId}
                onClick={() => q.placementId && place.execute({ placementId: q.placementId })}
              >
                {place.isPending ? "Placing…" : `Place ${q.side === "BUY" ? "buy" : "sell"} order`}
              </Button>
              {unknownId && (
                <Button variant="secondary" disabled={check.isPending} onClick={() => check.execute({ placementId: unknownId })}>
                  Check at WiseAlpha
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
