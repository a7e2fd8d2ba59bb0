// What the fake received, so tests can assert the requests the console sent.

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names, as received (Authorization included: these are fixture credentials). */
  headers: Record<string, string>;
  bodyText: string;
  /** Username of the authenticated caller, when there was one. */
  principal?: string;
  /** Status answered; 0 while unanswered, and for 'reset' and 'hang' faults. */
  status: number;
  /** True once the client closed the connection before an answer (a cancelled or timed-out call). */
  abandoned?: boolean;
}
