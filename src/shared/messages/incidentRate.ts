// Too many incidents of one kind in an hour (app/incidents.ts): the rest are counted, not written.

export const suppressed = (n: number, job: string) =>
  `(${n} sự cố «${job}» khác trong giờ trước không được ghi từng dòng.)`;
