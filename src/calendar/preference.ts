import { addDays, daysBetween, daysInMonth, weekday } from './local-date.js';

/** Collection practice: Friday is the best day to chase, then Thursday and Tuesday; Monday and Wednesday the worst. */
const WEEKDAY_SCORE: Record<number, number> = { 5: 4, 4: 3, 2: 2, 1: 1, 3: 0, 6: 1, 7: 1 };

/** Being 1–3 days before the customer's money comes in outweighs any weekday. */
const INCOME_BONUS = 10;

/** The income date on or after `date`: the income day of this month or the next, clamped to the month's length. */
function nextIncomeDate(date: string, incomeDay: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  for (const [year, month] of [[y, m], m === 12 ? [y + 1, 1] : [y, m + 1]] as Array<[number, number]>) {
    const day = Math.min(incomeDay, daysInMonth(year, month));
    const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (candidate >= date) return candidate;
  }
  return addDays(date, 31);
}

/** Days until the next income date, when it is 1–3 days away. */
export function daysBeforeIncome(date: string, incomeDay: number | undefined): number | undefined {
  if (incomeDay === undefined) return undefined;
  const gap = daysBetween(date, nextIncomeDate(date, incomeDay));
  return gap >= 1 && gap <= 3 ? gap : undefined;
}

export function dayScore(date: string, incomeDay: number | undefined): number {
  return (WEEKDAY_SCORE[weekday(date)] ?? 0) + (daysBeforeIncome(date, incomeDay) !== undefined ? INCOME_BONUS : 0);
}

/**
 * For a flexible step: among the day and its neighbouring working days (those `allowed`), the best by
 * score; the original day wins ties, then the earlier neighbour (sooner is better when chasing money).
 */
export function preferredDay(day: string, neighbours: string[], allowed: (d: string) => boolean, incomeDay: number | undefined): string {
  let best = day;
  let bestScore = dayScore(day, incomeDay);
  for (const d of [...neighbours].sort()) {
    if (!allowed(d)) continue;
    const s = dayScore(d, incomeDay);
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}
