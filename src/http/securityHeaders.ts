/**
 * Security headers on every response. The HTML pages (/privacy, /terms) get a policy that allows nothing
 * but their own inline-free markup; every other answer is JSON or text and allows nothing at all.
 */
import type { Next, Request, Response } from 'restify';

export const PAGE_PATHS: ReadonlySet<string> = new Set(['/privacy', '/terms']);

const PAGE_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders() {
  return (req: Request, res: Response, next: Next): void => {
    const page = PAGE_PATHS.has(req.getPath());
    // restify names itself in a Server header; no banner tells a scanner what runs here.
    res.removeHeader('Server');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', page ? PAGE_CSP : API_CSP);
    // API answers (turns, health, metrics) are per request; the static pages may be cached.
    res.setHeader('Cache-Control', page ? 'public, max-age=3600' : 'no-store');
    next();
  };
}
