/**
 * The helpdesk report's CSV, served by the bot itself (a bot cannot attach a file in a channel): a short-lived
 * link `GET /reports/<id>.csv?exp=<unix seconds>&sig=<HMAC-SHA256>` to one stored report. The id is random, the
 * signature covers the id and the expiry, the stored report expires with the link.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { HelpdeskReport } from '../domain/helpdeskReport';
import { reportCsv } from '../domain/reportCsv';
import type { Logger } from '../logger';
import type { ReportRepository } from '../store/repositories';

const ID = /^[A-Za-z0-9_-]{22,64}$/;
const FILE = /^([A-Za-z0-9_-]{22,64})\.csv$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export interface ReportLinkOptions {
  /** HMAC key; several instances must share it (REPORT_LINK_SECRET). */
  secret: string | Buffer;
  ttlMs: number;
  now: () => Date;
  /** Where users reach this bot, without a trailing slash. */
  baseUrl: () => string;
}

export type LinkCheck = 'ok' | 'forged' | 'expired';

/** Signs and checks the links; keeps each report under its own random id until its link expires. */
export class ReportLinks {
  constructor(
    private readonly reports: ReportRepository,
    private readonly options: ReportLinkOptions,
  ) {}

  get ttlMinutes(): number {
    return Math.round(this.options.ttlMs / 60_000);
  }

  private signature(id: string, exp: string): string {
    return createHmac('sha256', this.options.secret).update(`report:${id}:${exp}`).digest('base64url');
  }

  /** Stores the report and gives the link to its CSV. */
  async publish(report: HelpdeskReport): Promise<{ url: string; expiresAt: string }> {
    const id = randomBytes(18).toString('base64url');
    const now = this.options.now();
    const expires = new Date(now.getTime() + this.options.ttlMs);
    const exp = String(Math.floor(expires.getTime() / 1000));
    await this.reports.saveReport({ id, tenantId: report.tenantId, createdAt: now.toISOString(), expiresAt: expires.toISOString(), report });
    return { url: `${this.options.baseUrl()}/reports/${id}.csv?exp=${exp}&sig=${this.signature(id, exp)}`, expiresAt: expires.toISOString() };
  }

  /** `forged` for a signature that is not ours for this id and expiry; `expired` once the expiry has passed. */
  check(id: string, exp: unknown, sig: unknown): LinkCheck {
    if (!ID.test(id) || typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string' || !SIGNATURE.test(sig)) return 'forged';
    const expected = Buffer.from(this.signature(id, exp));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
    return Number(exp) * 1000 <= this.options.now().getTime() ? 'expired' : 'ok';
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status);
  res.json({ error: { code, message } });
}

/** GET /reports/<id>.csv: 403 for a link that is not ours, 410 once expired (or swept), else the CSV. */
export function registerReportDownloads(server: Server, deps: { links: ReportLinks; reports: ReportRepository; logger: Logger }): void {
  server.get('/reports/:file', async (req: Request, res: Response) => {
    try {
      const file = FILE.exec(String(req.params?.file ?? ''));
      if (!file) return refuse(res, 404, 'NotFound', 'No such report.');
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const verdict = deps.links.check(file[1], query.get('exp') ?? undefined, query.get('sig') ?? undefined);
      if (verdict === 'forged') return refuse(res, 403, 'Forbidden', 'This link is not valid.');
      if (verdict === 'expired') return refuse(res, 410, 'Gone', 'This link has expired: ask the bot for a new report.');
      const stored = await deps.reports.getReport(file[1]);
      if (!stored) return refuse(res, 410, 'Gone', 'This link has expired: ask the bot for a new report.');
      const body = reportCsv(stored.report);
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="helpdesk-report-${stored.report.generatedAt.slice(0, 10)}.csv"`,
        'Content-Length': String(Buffer.byteLength(body, 'utf8')),
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
      deps.logger.info('report csv downloaded', { tenantId: stored.tenantId });
    } catch (err) {
      deps.logger.error('report csv failed', { err });
      if (!res.headersSent) refuse(res, 500, 'InternalError', 'Unexpected error.');
    }
  });
}
