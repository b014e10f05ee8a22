/**
 * Every `query=` example in the provider seed documents (`../shared/seeds/` beside the repository), verbatim,
 * for tests. URL-form examples keep their `+`; table examples are already decoded.
 */
export const SEED_EXAMPLES: readonly { source: string; query: string }[] = [
  // 001: Query syntax intro, range request, users example
  { source: "001 range request", query: "lastmodified+in+['20200101'+to+'20240101']" },
  { source: "001 info box", query: "email+eq+'jane*'" },
  // 001: operators table
  { source: "001 number eq", query: "age eq 1" },
  { source: "001 number lt", query: "age lt 18" },
  { source: "001 number le", query: "age le 18" },
  { source: "001 number gt", query: "age gt 18" },
  { source: "001 number ge", query: "age ge 18" },
  { source: "001 string exact", query: "email eq 'jane.doe@example.com'" },
  { source: "001 string prefix", query: "email eq john*" },
  { source: "001 string postfix", query: "email eq '*gmail.com'" },
  { source: "001 string LIKE", query: "email eq '*gmail*'" },
  { source: "001 date exact", query: "last_modified eq '2020-09-11T09:03:53.721588+00:00'" },
  { source: "001 date range without time", query: "lastmodified in ['20200101' to '20210101']" },
  {
    source: "001 date range with time",
    query: "lastmodified in ['2020-09-11T09:03:53.721588' to '2020-11-11T09:03:53.721588']",
  },
  {
    source: "001 date range with timezone",
    query: "lastmodified in ['2020-09-11T09:03:53.721588+00:00' to '2020-11-11T09:03:53.721588+00:00']",
  },
  { source: "001 boolean", query: "archived eq true" },
  { source: "001 equals null", query: "field eq null" },
  { source: "001 not equal null", query: "field neq null" },
  { source: "001 in list", query: "field in ['value1', 'value2', 'value3']" },
  { source: "001 and/or", query: "email eq kristof and age gt 18" },
  // 001: hint box, with the typographic quotes exactly as published
  { source: "001 combined (typographic quotes)", query: "email+eq+'*tom*'+and+firstname+in+[\u2019tom',+\u2018thomas\u2019]" },
  // 001: sorting
  { source: "001 orderby", query: "orderby+age" },
  { source: "001 orderby asc", query: "orderby+age+asc" },
  { source: "001 orderby desc", query: "orderby+age+desc" },
  { source: "001 orderby multiple", query: "orderby+age+desc,+firstname" },
  { source: "001 orderby nested", query: "orderby+manager.bank_account" },
  // 000: suitability profile event
  { source: "000 linked portfolio", query: "config.manager_settings.suitability_profile_id+eq+'profile_id'" },
  // 002: portfolios
  { source: "002 external_id", query: "external_id+eq+'your-bank-portfolio-1'" },
  {
    source: "002 pending withdrawals",
    query: "\n    config.manager_settings.divest_amount neq 0 and \n    config.manager_settings.divest_amount neq null",
  },
];

/**
 * 001's parameter table and intro write `query=email+eq+'jane.doe@example.com` with no
 * closing quote (a doc typo, also noted in provider-apis.md 1.4). It must be rejected.
 */
export const SEED_TYPO_UNTERMINATED = "email+eq+'jane.doe@example.com";
