import Link from "next/link";

/** The way back above a page's header: "← Portfolios". One text node, so the link's name reads whole. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="mb-2 inline-block text-sm underline">
      {`← ${children}`}
    </Link>
  );
}
