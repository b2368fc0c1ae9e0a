/** Page size of the suggestion lists (client-safe). */
export const PAGE_SIZE = 25;
