import { addDays } from './local-date.js';
import { lunarNewYear, qingming, solarFromLunar } from './cn-lunar.js';

/**
 * The statutory public holidays of a year the published data does not cover yet, computed from the
 * rules (国务院《全国年节及纪念日放假办法》, 2025 revision): 元旦 1 Jan; 春节 除夕 + 初一–初三;
 * 清明; 劳动节 1–2 May; 端午 (5/5 lunar); 中秋 (8/15 lunar); 国庆节 1–3 Oct.
 * Bridging days and 调休 make-up workdays are announced each year and cannot be computed, so a
 * computed year has only these days off besides weekends, and every day of it is unconfirmed.
 */
export function computedHolidays(year: number): Map<string, string> {
  const days = new Map<string, string>();
  const mark = (date: string, name: string) => days.set(date, name);
  const newYear = lunarNewYear(year);

  mark(`${year}-01-01`, "New Year's Day,元旦");
  for (let i = -1; i <= 2; i++) mark(addDays(newYear, i), 'Spring Festival,春节');
  mark(qingming(year), 'Tomb-sweeping Day,清明');
  mark(`${year}-05-01`, 'Labour Day,劳动节');
  mark(`${year}-05-02`, 'Labour Day,劳动节');
  mark(solarFromLunar(year, 5, 5), 'Dragon Boat Festival,端午');
  mark(solarFromLunar(year, 8, 15), 'Mid-autumn Festival,中秋');
  for (let d = 1; d <= 3; d++) mark(`${year}-10-0${d}`, 'National Day,国庆节');
  return days;
}
