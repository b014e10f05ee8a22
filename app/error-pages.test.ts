import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import ErrorPage from "./error";
import GlobalError from "./global-error";
import NotFound from "./not-found";

/** What a Prisma failure says: a path on our server and the statement (issue #20, finding 14). */
const INTERNAL = "Invalid `prisma.providerEvent.findUnique()` invocation in /srv/app/.next/server/chunks/ssr/123.js";

describe("error pages never show internals", () => {
  for (const [name, Page] of [
    ["app/error.tsx", ErrorPage],
    ["app/global-error.tsx", GlobalError],
  ] as const) {
    it(`${name}: a generic message and the log reference only`, () => {
      const error = Object.assign(new Error(INTERNAL), { digest: "4242" });
      const html = renderToStaticMarkup(createElement(Page, { error, reset: () => undefined }));
      expect(html).toContain("Something went wrong");
      expect(html).toContain("4242");
      expect(html).not.toContain("prisma");
      expect(html).not.toContain("/srv/app");
    });
  }

  it("app/not-found.tsx says only that the page is not there", () => {
    expect(renderToStaticMarkup(createElement(NotFound))).toContain("Page not found");
  });
});
