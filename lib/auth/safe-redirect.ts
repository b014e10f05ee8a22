/**
 * Where to send the browser after sign-in, from an untrusted `callbackUrl`. The value is
 * parsed the way the browser will parse it (`new URL(value, origin)`) and kept only when
 * its origin is ours; prefix rules ("starts with / but not //") were defeated by
 * `/\evil.example/phish`, which browsers read as `//evil.example/phish`. Returns a path
 * (never starting with `//`), or `fallback`.
 */
export function sameOriginPath(value: string | null | undefined, origin: string, fallback = "/"): string {
  if (!value) return fallback;
  try {
    const base = new URL(origin);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return fallback;
    // "https://us//evil.example" is same-origin, but its path alone would be protocol-relative.
    const path = `/${url.pathname.replace(/^\/+/, "")}${url.search}${url.hash}`;
    return path;
  } catch {
    return fallback;
  }
}
