/** Whom an issued document goes to, as the letter names them. */
export interface RecipientSpec {
  /** "all": every active school of the office; or some of them by id. */
  schools?: 'all' | number[];
  /** Schools or agencies of the directory, by id. */
  recipientIds?: number[];
  /** Internal groups (กลุ่ม) of the office. */
  groupIds?: number[];
}
