/** The delivery state both outboxes keep (the outbox in database.ts, the Slack outbox in volunteer-slack-tables.ts). */
export interface DeliveryStateColumns {
  attempts: number;
  status: string;
  available_at: number;
  /** Set while a worker holds the item; another worker may take it once the lease has run out. */
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}
