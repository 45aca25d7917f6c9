// A number as Vietnamese readers write it (1.234.567), in every sentence and email that shows a count.
export const viNumber = (n: number) => n.toLocaleString('vi-VN');
