/** A row written for one office: its orgId is required, so a write cannot forget the office. */
export type OfficeRow<T> = Partial<T> & { orgId: number };
