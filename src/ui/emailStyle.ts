// The inline styles of the report emails (src/ui/reportEmail.ts): phone-first, one column, Gmail-safe.

export const body = 'margin:0;padding:0;background:#f3f4f6';
export const page =
  'max-width:600px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2937;overflow-wrap:break-word;word-wrap:break-word';
export const head = 'background:#b91c1c;color:#ffffff;padding:16px';
export const small = 'font-size:13px';
export const title = 'font-size:21px;font-weight:bold;line-height:1.3;margin:2px 0';
export const main = 'padding:4px 16px 16px';
export const warning = 'background:#fef3c7;border-left:4px solid #d97706;padding:10px 12px;margin:14px 0';
export const figures = 'border-collapse:separate;border-spacing:0 8px;width:100%;margin:6px 0;table-layout:fixed';
export const tile = 'width:50%;padding:8px 10px;background:#fef2f2;border-radius:6px;vertical-align:top';
export const value = 'font-size:24px;font-weight:bold;color:#b91c1c;line-height:1.2';
export const label = 'font-size:13px;color:#4b5563;line-height:1.3';
export const button =
  'display:block;background:#1d4ed8;color:#ffffff;text-decoration:none;text-align:center;font-weight:bold;padding:12px;border-radius:6px;margin:16px 0';
export const h2 = 'font-size:17px;line-height:1.3;margin:24px 0 4px;color:#111827';
export const item = (warn: boolean) =>
  `border-left:3px solid ${warn ? '#d97706' : '#b91c1c'};padding:2px 0 2px 10px;margin:10px 0`;
export const meta = 'font-size:13px;color:#4b5563';
export const note = 'font-size:13px;color:#374151;font-style:italic';
export const read = 'font-size:16px;line-height:1.6;color:#111827;margin:8px 0';
export const more = 'font-size:13px;color:#6b7280;margin:8px 0';
export const footer = 'font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;padding-top:10px;margin-top:24px';
