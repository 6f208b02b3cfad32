import { HRError } from '@hr/core';

/**
 * A store app needed an `app_ticket` and none arrived: the client asked Feishu to push one
 * (`POST /open-apis/auth/v3/app_ticket/resend`) and waited `waitedMs` for it. Feishu pushes the
 * ticket to the app's event subscription, so the endpoint receiving events must hand every
 * `app_ticket` event to `client.receiveAppTicket()` (with a shared `tokenStore`, any process may).
 */
export class AppTicketUnavailableError extends HRError {
  static override readonly brand: string = '@hr/feishu-corehr/AppTicketUnavailableError';

  /** How long the client waited for the ticket, in ms. */
  readonly waitedMs: number;

  constructor(waitedMs: number) {
    super(
      `No app_ticket arrived within ${waitedMs} ms after asking Feishu to push one (POST /open-apis/auth/v3/app_ticket/resend). ` +
        'Feishu pushes it to the event subscription: pass every app_ticket event from parseFeishuEvent() to client.receiveAppTicket() ' +
        '(share one tokenStore when another process receives the events).',
    );
    this.waitedMs = waitedMs;
  }
}
