// The playground: the built add-on on the emulated runtime behind a local web page — the Sheet's tabs,
// the form as a web form, and the real sidebar with google.script.run bridged to the bundle.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bootAddOn } from '../addon';
import type { AddOn } from '../addon';
import { REVIEWER, deliverNotices, setUpSheet } from '../flows';
import { seedDemo } from './seed';
import { admit, ownOrigins } from './guard';
import type { Body } from './guard';
import { bodies, routes } from './routes';

export interface Playground {
  addOn: AddOn;
  /** Who the sidebar acts as: a reviewer listed in settings, or someone who is not. */
  actingAs: string;
  lastMessage: string;
  /** What was typed in the form when Google Forms refused it: shown again, as the form page keeps it. */
  draft?: Record<string, string>;
  /** The last form sent: its outcome and the emails the unit was sent (formFlow.ts's confirmation page). */
  /** The wall-clock time of the last form sent: the emulated clock moves by as much at the next. */
  wallAt?: number;
  lastSent?: { status: string; mails: { to: string; subject: string; body: string }[]; problem: string };
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  /** How a POST's body came (guard.ts let it through only as JSON or as a form from the playground's own page). */
  sent?: Body;
}
export type Reply = { status?: number; type?: string; body: string; headers?: Record<string, string> };
export type Route = (pg: Playground, req: Request) => Reply;

const text = (status: number, body: string): Reply => ({ status, type: 'text/plain', body });

/** The route's reply; a request that could change state only when guard.ts admits it, refused with 403 if not. */
function answer(pg: Playground, req: IncomingMessage, request: Request, own: ReadonlySet<string>): Reply {
  const key = `${request.method} ${request.path}`;
  const route = routes[key];
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const verdict = admit(req.headers, own, bodies[key] ?? ['form']);
    if ('refused' in verdict) return text(403, verdict.refused);
    request.sent = verdict.body;
  }
  return route ? route(pg, request) : text(404, 'Không có trang này.');
}

/** A fresh add-on as the playground serves it: set up, seeded (the demo, or a test's data), the reviewer signed in. */
export function bootSeeded(seed: (addOn: AddOn) => unknown = seedDemo): AddOn {
  const addOn = bootAddOn();
  setUpSheet(addOn);
  seed(addOn);
  deliverNotices(addOn); // the seed's receipts go, as a minute later they would
  addOn.runtime.setUser(REVIEWER);
  addOn.runtime.meter.reset();
  return addOn;
}

export function startPlayground(
  port: number,
  host = '127.0.0.1',
  seed?: (addOn: AddOn) => unknown,
): Promise<{ url: string; close: () => void; pg: Playground }> {
  const pg: Playground = { addOn: bootSeeded(seed), actingAs: REVIEWER, lastMessage: '' };
  let own: ReadonlySet<string> = new Set();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const request: Request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      let reply: Reply;
      try {
        reply = answer(pg, req, request, own);
      } catch (err) {
        reply = text(500, `Lỗi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
      res.writeHead(reply.status ?? 200, {
        'content-type': `${reply.type ?? 'text/html'}; charset=utf-8`,
        ...reply.headers,
      });
      res.end(reply.body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      own = ownOrigins(host, actual);
      resolve({ url: `http://localhost:${actual}`, close: () => server.close(), pg });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  startPlayground(port, process.env.HOST ?? '127.0.0.1').then(({ url }) => {
    console.log(`Playground: ${url}  (Ctrl+C to stop)`);
    console.log(`  ${url}/sheet    the Sheet's tabs`);
    console.log(`  ${url}/form     the Google Form as a web form`);
    console.log(`  ${url}/sidebar  the reviewers' sidebar`);
    console.log(`  ${url}/reports  run the monthly and weekly jobs; ${url}/outbox  every email sent`);
    console.log(`  ${url}/ban-tin  the week's media pack (radio script, flag-ceremony stories)`);
    console.log(`  ${url}/khen-thuong  the commendation ladder, the decision register, printable drafts`);
  });
}
