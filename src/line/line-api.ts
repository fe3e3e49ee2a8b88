import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/** LINE answered with an error status (or could not be reached: status 0). */
export class LineApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`LINE API ${status || 'unreachable'}: ${detail}`.slice(0, 500));
    this.name = 'LineApiError';
  }

  /** Worth trying again later: LINE was busy, failed, or could not be reached. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** What a push of the same retry key found: sent now, or accepted by an earlier attempt. */
export type PushOutcome = 'sent' | 'already-sent';

const TIMEOUT_MS = 10_000;
/** A text message holds at most 5,000 characters. */
const MAX_TEXT = 5000;

const textMessages = (text: string) => [{ type: 'text', text: text.slice(0, MAX_TEXT) }];

/**
 * The few Messaging API calls Saraban makes, over plain HTTPS with the channel access token
 * (https://developers.line.biz/en/reference/messaging-api/).
 */
@Injectable()
export class LineApi {
  constructor(private readonly config: AppConfig) {}

  /** Push message, deduplicated by LINE on the retry key: a repeat answers 409. */
  async push(to: string, text: string, retryKey: string): Promise<PushOutcome> {
    const res = await this.call(
      '/v2/bot/message/push',
      { to, messages: textMessages(text) },
      {
        'X-Line-Retry-Key': retryKey,
      },
    );
    if (res.status === 409) return 'already-sent';
    await this.ensureOk(res);
    return 'sent';
  }

  /** Reply to a webhook event (free of the push quota); the token works once, briefly. */
  async reply(replyToken: string, text: string): Promise<void> {
    await this.ensureOk(
      await this.call('/v2/bot/message/reply', { replyToken, messages: textMessages(text) }),
    );
  }

  /** A link token for the account-link flow: valid ten minutes, once. */
  async issueLinkToken(lineUserId: string): Promise<string> {
    const res = await this.call(`/v2/bot/user/${encodeURIComponent(lineUserId)}/linkToken`);
    await this.ensureOk(res);
    const { linkToken } = (await res.json()) as { linkToken?: unknown };
    if (typeof linkToken !== 'string' || linkToken === '')
      throw new LineApiError(502, 'no linkToken in the answer');
    return linkToken;
  }

  private async call(path: string, body?: object, headers: Record<string, string> = {}) {
    const base = this.config.get('LINE_API_BASE_URL').replace(/\/+$/, '');
    try {
      return await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.config.get('LINE_CHANNEL_ACCESS_TOKEN') ?? ''}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new LineApiError(0, error instanceof Error ? error.message : String(error));
    }
  }

  private async ensureOk(res: Response): Promise<void> {
    if (res.ok) return;
    const detail = await res.text().catch(() => '');
    throw new LineApiError(res.status, detail);
  }
}
