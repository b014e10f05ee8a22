import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

export function CustomerLookup() {
  return (
    <form method="get" action="/orders/customers" className="flex items-center gap-2" aria-label="Find a customer">
      <label htmlFor="customer-id" className="text-sm text-slate-600">
        Customer id
      </label>
      <Input id="customer-id" name="id" placeholder="10000001" className="w-32" required />
      <Button type="submit" variant="secondary">
        Open
      </Button>
    </form>
  );
}
