"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Field, Form, Input, Options, Select } from "@/components/ui/field";
import { useFormatPrefs } from "@/components/ui/format-provider";
import {
  addCashlinkWalletAction,
  createCashlinkInvestorAction,
  createCashlinkInvitationAction,
  identifyCashlinkInvestorAction,
} from "@/lib/actions/cashlink-operations";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/format/zoned";

import { useCashlinkWrite } from "./use-cashlink-write";
import { WriteFooter } from "./write-footer";

export type CampaignOption = { id: string; label: string };
export type InvestorOption = { id: string; label: string };

/** A new invitation: investor, campaign and units (seed 003's first call). Opens the invitation after. */
export function NewInvitationForm({ campaigns, investors }: { campaigns: CampaignOption[]; investors: InvestorOption[] }) {
  const router = useRouter();
  const [investorId, setInvestorId] = useState("");
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? "");
  const [units, setUnits] = useState("");
  const write = useCashlinkWrite(createCashlinkInvitationAction, "Invitation created at Cashlink.");
  return (
    <Form
      aria-label="New invitation"
      className="flex max-w-xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      onSubmit={async () => {
        const created = await write.run({ investorId: investorId.trim(), campaignId, units: Number(units) });
        if (created) router.push(`/onboarding/invitations/${encodeURIComponent(created.invitationId)}`);
      }}
    >
      <Field label="Investor (Cashlink id)" htmlFor="invitation-investor" error={write.fieldErrors.investorId}>
        <Input
          id="invitation-investor"
          list="invitation-investor-options"
          value={investorId}
          onChange={(e) => setInvestorId(e.target.value)}
          required
          autoComplete="off"
        />
        <datalist id="invitation-investor-options">
          <Options options={investors.map((i) => ({ value: i.id, label: i.label }))} />
        </datalist>
      </Field>
      <Field label="Campaign" htmlFor="invitation-campaign" error={write.fieldErrors.campaignId}>
        <Select id="invitation-campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)} required>
          <Options options={campaigns.map((c) => ({ value: c.id, label: c.label }))} />
        </Select>
      </Field>
      <Field label="Units" htmlFor="invitation-units" error={write.fieldErrors.units}>
        <Input id="invitation-units" type="number" min={1} step={1} value={units} onChange={(e) => setUnits(e.target.value)} required />
      </Field>
      <WriteFooter write={write} errorTestId="new-invitation-error" pendingLabel="Creating…" disabled={campaigns.length === 0}>
        Create invitation
      </WriteFooter>
    </Form>
  );
}

/** A natural person as a new Cashlink investor; US-taxable persons cannot be onboarded (Cashlink refuses them). */
export function NewInvestorForm() {
  const router = useRouter();
  const [values, setValues] = useState({ salutation: "", forename: "", surname: "", birthDate: "", citizenship: "DEU", email: "" });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const write = useCashlinkWrite(createCashlinkInvestorAction, "Investor created at Cashlink.");
  return (
    <Form
      aria-label="New investor"
      className="grid max-w-2xl gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
      onSubmit={async () => {
        const created = await write.run({
          salutation: values.salutation ? (values.salutation as "MR" | "MS") : undefined,
          forename: values.forename,
          surname: values.surname,
          birthDate: values.birthDate || undefined,
          citizenship: values.citizenship || undefined,
          email: values.email,
        });
        if (created) router.push(`/onboarding/cashlink-investors/${encodeURIComponent(created.investorId)}`);
      }}
    >
      <h2 className="text-sm font-semibold sm:col-span-2">New investor (natural person)</h2>
      <Field label="Salutation" htmlFor="investor-salutation">
        <Select id="investor-salutation" value={values.salutation} onChange={set("salutation")}>
          <option value="">—</option>
          <option value="MS">Ms</option>
          <option value="MR">Mr</option>
        </Select>
      </Field>
      <Field label="E-mail" htmlFor="investor-email" error={write.fieldErrors.email}>
        <Input id="investor-email" type="email" value={values.email} onChange={set("email")} autoComplete="off" />
      </Field>
      <Field label="Forename" htmlFor="investor-forename" error={write.fieldErrors.forename}>
        <Input id="investor-forename" value={values.forename} onChange={set("forename")} required autoComplete="off" />
      </Field>
      <Field label="Surname" htmlFor="investor-surname" error={write.fieldErrors.surname}>
        <Input id="investor-surname" value={values.surname} onChange={set("surname")} required autoComplete="off" />
      </Field>
      <Field label="Birth date" htmlFor="investor-birth-date" error={write.fieldErrors.birthDate}>
        <Input id="investor-birth-date" type="date" value={values.birthDate} onChange={set("birthDate")} />
      </Field>
      <Field label="Citizenship (ISO 3166 alpha-3)" htmlFor="investor-citizenship" error={write.fieldErrors.citizenship}>
        <Input id="investor-citizenship" value={values.citizenship} onChange={set("citizenship")} maxLength={3} />
      </Field>
      <p className="text-xs text-slate-600 sm:col-span-2">Sent as not subject to US tax: Cashlink does not onboard US-taxable persons.</p>
      <WriteFooter write={write} errorTestId="new-investor-error" pendingLabel="Creating…" wide>
        Create investor
      </WriteFooter>
    </Form>
  );
}

/** A completed KYC identification, as Cashlink's onboarding script records it. */
export function IdentifyInvestorForm({ investorId }: { investorId: string }) {
  const { timeZone } = useFormatPrefs();
  const [values, setValues] = useState({
    documentType: "IDCARD",
    documentId: "",
    documentIssuer: "",
    documentValidTo: "",
    identityProvider: "POSTIDENT",
    verifiedAt: utcToZonedWallTime(new Date(), timeZone) ?? "",
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const write = useCashlinkWrite(identifyCashlinkInvestorAction, "Identification recorded at Cashlink.");
  return (
    <Form
      aria-label="Identify investor"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
      onSubmit={() => {
        void write.run({
          investorId,
          documentType: values.documentType as "IDCARD" | "PASSPORT",
          documentId: values.documentId,
          documentIssuer: values.documentIssuer || undefined,
          documentValidTo: values.documentValidTo || undefined,
          identityProvider: values.identityProvider as "POSTIDENT" | "IDNOW" | "WEBID",
          verifiedAt: zonedWallTimeToUtc(values.verifiedAt, timeZone)?.toISOString() ?? values.verifiedAt,
        });
      }}
    >
      <h2 className="text-sm font-semibold sm:col-span-2">Record identification (KYC)</h2>
      <Field label="Document type" htmlFor="ident-type">
        <Select id="ident-type" value={values.documentType} onChange={set("documentType")}>
          <option value="IDCARD">ID card</option>
          <option value="PASSPORT">Passport</option>
        </Select>
      </Field>
      <Field label="Document number" htmlFor="ident-number" error={write.fieldErrors.documentId}>
        <Input id="ident-number" value={values.documentId} onChange={set("documentId")} required autoComplete="off" />
      </Field>
      <Field label="Issuer" htmlFor="ident-issuer">
        <Input id="ident-issuer" value={values.documentIssuer} onChange={set("documentIssuer")} />
      </Field>
      <Field label="Valid to" htmlFor="ident-valid-to" error={write.fieldErrors.documentValidTo}>
        <Input id="ident-valid-to" type="date" value={values.documentValidTo} onChange={set("documentValidTo")} />
      </Field>
      <Field label="Identity provider" htmlFor="ident-provider">
        <Select id="ident-provider" value={values.identityProvider} onChange={set("identityProvider")}>
          <option value="POSTIDENT">POSTIDENT</option>
          <option value="IDNOW">IDnow</option>
          <option value="WEBID">WebID</option>
        </Select>
      </Field>
      <Field label={`Verified at (${timeZone})`} htmlFor="ident-verified-at" error={write.fieldErrors.verifiedAt}>
        <Input id="ident-verified-at" type="datetime-local" value={values.verifiedAt} onChange={set("verifiedAt")} required />
      </Field>
      <WriteFooter write={write} errorTestId="identify-error" wide>
        Record identification
      </WriteFooter>
    </Form>
  );
}

/** A generic wallet (address managed outside Cashlink) or the one Cashlink-managed wallet. */
export function AddWalletForm({ investorId, hasManaged }: { investorId: string; hasManaged: boolean }) {
  const [type, setType] = useState<"eth-generic" | "eth-managed">("eth-generic");
  const [address, setAddress] = useState("");
  const write = useCashlinkWrite(addCashlinkWalletAction, "Wallet added at Cashlink.");
  return (
    <Form
      aria-label="Add wallet"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      onSubmit={() => write.run({ investorId, type, address: type === "eth-generic" ? address : undefined })}
    >
      <h2 className="text-sm font-semibold">Add wallet</h2>
      <Field label="Wallet type" htmlFor="wallet-type">
        <Select id="wallet-type" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          <option value="eth-generic">Generic (address managed outside Cashlink)</option>
          <option value="eth-managed" disabled={hasManaged}>
            Managed by Cashlink (one per investor)
          </option>
        </Select>
      </Field>
      {type === "eth-generic" && (
        <Field label="Address (0x…)" htmlFor="wallet-address" error={write.fieldErrors.address}>
          <Input id="wallet-address" value={address} onChange={(e) => setAddress(e.target.value)} required autoComplete="off" />
        </Field>
      )}
      <p className="text-xs text-slate-600">Cashlink adds wallets only for identified investors with tax information.</p>
      <WriteFooter write={write} errorTestId="add-wallet-error" pendingLabel="Adding…">
        Add wallet
      </WriteFooter>
    </Form>
  );
}
