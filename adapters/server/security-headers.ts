import type { RequestHandler } from 'express';

/** What the headers depend on: where the page's Web Chat may connect, and whether the site is HTTPS. */
export type SecurityHeaderOptions = {
  /** Origins Web Chat talks to besides this server: Azure's Direct Line (https and wss), when used. */
  connectSources?: readonly string[];
  /** Sends Strict-Transport-Security; only when the public address is HTTPS. */
  hsts?: boolean;
};

/** Paths other sites load with a plain <script>/<link> tag when they embed the widget. */
const EMBEDDABLE = new Set(['/widget.js', '/widget.css', '/webchat/webchat.js']);

/**
 * Pure: the Content-Security-Policy of the page and every API answer. Scripts only from this server,
 * no inline script and no eval; inline styles are allowed because Web Chat injects its styles at run
 * time; nothing may frame the page.
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Pure: the connect-src entries for a Direct Line domain (https and its websocket twin). */
export function directLineSources(domain: string): string[] {
  const url = new URL(domain);
  return [url.origin, `wss://${url.host}`];
}

/** Sets the security headers on every answer; routes may still override caching. */
export function securityHeaders(options: SecurityHeaderOptions = {}): RequestHandler {
  const common: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(options.connectSources),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'x-permitted-cross-domain-policies': 'none',
    'x-dns-prefetch-control': 'off',
    'origin-agent-cluster': '?1',
    // Answers carry conversations: nothing is cached unless a route says otherwise (the static files do).
    'cache-control': 'no-store',
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  return (req, res, next) => {
    res.set(common);
    res.set('cross-origin-resource-policy', EMBEDDABLE.has(req.path) ? 'cross-origin' : 'same-origin');
    next();
  };
}
