import Link from "next/link";

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
