import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-lg font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-sm text-slate-600">Your role does not include it. If you need it, ask an admin.</p>
      <Link href="/" className="mt-4 inline-block text-sm underline">
        Back to the start page
      </Link>
    </main>
  );
}
