// Which requests may change the playground's state: JSON, or a form posted by one of its own pages. Anything else
// (text/plain JSON, a form posted from another site, a request a browser marks cross-site) is refused, so that no
// web page the developer visits can drive the playground on localhost (CSRF).
import type { IncomingHttpHeaders } from 'node:http';

/** How a state-changing request's body was sent. */
export type Body = 'json' | 'form';

export const MSG_GUARD = {
  contentType:
    'Từ chối: playground chỉ nhận dữ liệu JSON (Content-Type: application/json) hoặc biểu mẫu gửi từ chính các trang của nó.',
  origin: 'Từ chối: yêu cầu này đến từ một trang web khác, không phải từ chính playground.',
  formOrigin: 'Từ chối: biểu mẫu gửi đến mà không cho biết trang gửi (thiếu tiêu đề Origin).',
  jsonOnly: 'Từ chối: lệnh này chỉ nhận dữ liệu JSON (Content-Type: application/json).',
  formOnly: 'Từ chối: trang này chỉ nhận biểu mẫu gửi từ chính playground.',
};

const WILDCARD = new Set(['', '0.0.0.0', '::']);

/** The origins the playground's own pages have when it listens on `host`:`port` (the loopback names, and host). */
export function ownOrigins(host: string, port: number): ReadonlySet<string> {
  const hosts = [
    'localhost',
    '127.0.0.1',
    '[::1]',
    ...(WILDCARD.has(host) ? [] : [host.includes(':') ? `[${host}]` : host]),
  ];
  return new Set(hosts.map((h) => `http://${h}:${port}`));
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/**
 * A state-changing request let through with the kind of its body, or the reason it is refused. A browser sends
 * Origin on every POST (and Sec-Fetch-Site, where it knows it): both must name the playground itself. A form can
 * be posted from any site without a preflight, so a form without Origin is refused; JSON cannot cross origins
 * without a CORS preflight, which the playground never grants, so JSON without Origin (Node's fetch, curl) passes.
 */
export function admit(
  headers: IncomingHttpHeaders,
  own: ReadonlySet<string>,
  accepts: readonly Body[],
): { body: Body } | { refused: string } {
  const type = (header(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const body: Body | undefined =
    type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  const origin = header(headers, 'origin');
  const site = header(headers, 'sec-fetch-site');
  if ((origin !== undefined && !own.has(origin)) || (site !== undefined && site !== 'same-origin'))
    return { refused: MSG_GUARD.origin };
  if (!body) return { refused: MSG_GUARD.contentType };
  if (!accepts.includes(body)) return { refused: body === 'form' ? MSG_GUARD.jsonOnly : MSG_GUARD.formOnly };
  if (body === 'form' && origin === undefined) return { refused: MSG_GUARD.formOrigin };
  return { body };
}
