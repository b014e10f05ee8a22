import "server-only";

import { getWiseAlphaClient } from "@/lib/providers/server-clients";

/** The issuer's latest company updates for a product (seed 004 "Companies"), newest first. */
export async function loadProductCompanyUpdates(productId: string, limit = 20) {
  const client = getWiseAlphaClient();
  const product = await client.getProduct(productId);
  const companyId = product.company.company_id;
  const page = await client.listCompanyUpdates(companyId, { limit });
  return {
    companyId,
    companyName: product.company.company_name,
    total: page.count,
    updates: page.results.map((u) => ({
      id: String(u.id),
      title: u.title,
      publishedAt: u.published_time,
      provider: u.provider,
      type: u.type,
      priority: u.priority,
      category: u.category ?? null,
      source: u.source?.description ?? u.source?.name ?? null,
      url: u.url ?? null,
    })),
  };
}
export type CompanyUpdateRow = Awaited<ReturnType<typeof loadProductCompanyUpdates>>["updates"][number];
