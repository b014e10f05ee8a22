/** The rows of page `page` (1-based) of an offset-paged list: Prisma's skip and take. */
export const pageWindow = (page: number, pageSize: number) => ({ skip: (page - 1) * pageSize, take: pageSize });

/** What a list page reports besides its rows: the total, this page, and how many pages there are (at least one). */
export const paging = (total: number, page: number, pageSize: number) => ({
  total,
  page,
  pageCount: Math.max(1, Math.ceil(total / pageSize)),
});
