import Link from "next/link";

/** The first value of each listed query parameter, for carrying a page's filters into its links. */
export function readParams(raw: Record<string, string | string[] | undefined>, keys: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  return params;
}

/** Previous/next links of a server-paginated list, keeping its filters in the URL. */
export function Pager(props: {
  base: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
  noun: string;
}) {
  const href = (n: number) => `${props.base}?${new URLSearchParams({ ...props.params, page: String(n) }).toString()}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
      <span className="text-slate-600">
        {props.total} {props.noun} · page {props.page} of {props.pageCount}
      </span>
      {props.page > 1 && (
        <Link className="underline" href={href(props.page - 1)}>
          Previous
        </Link>
      )}
      {props.page < props.pageCount && (
        <Link className="underline" href={href(props.page + 1)}>
          Next
        </Link>
      )}
    </nav>
  );
}
