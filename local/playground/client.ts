// A server function through the playground's bridge from Node (tests, screenshot scripts), as the sidebar calls it:
// JSON with its content type, as guard.ts requires; the value of its Result, or an Error saying why not.
import type { Result } from '#contract';

export async function callBridge<T>(url: string, fn: string, ...args: unknown[]): Promise<T> {
  const res = await fetch(`${url}/api/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fn, args }),
  });
  if (!res.ok) throw new Error(`${fn}: HTTP ${res.status} ${await res.text()}`);
  const reply = (await res.json()) as { ok: boolean; value: Result<T>; error?: string };
  if (!reply.ok || !reply.value.ok) throw new Error(`${fn}: ${reply.error ?? JSON.stringify(reply.value)}`);
  return reply.value.value;
}
