import chineseDays from 'chinese-days';
import { addDays, civil, ymd, type CivilDate } from './civil-date.js';

// 除夕 per Gregorian year, memoised: the lunar conversion is the only costly step of a "年前" reply.
const eveByYear = new Map<number, CivilDate>();

/** Chinese New Year's Eve (除夕) of the Spring Festival that falls in Gregorian `year`. */
function newYearsEve(year: number): CivilDate {
  let eve = eveByYear.get(year);
  if (!eve) {
    // Lunar 1st month, 1st day of `year`, as a YYYY-MM-DD string: the library reads strings zone-free.
    const [y, m, d] = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date.split('-').map(Number);
    eve = addDays(civil(y!, m!, d!), -1);
    eveByYear.set(year, eve);
  }
  return eve;
}

/** 除夕 of the coming Spring Festival: the first one on or after `today`. */
export function comingNewYearsEve(today: CivilDate): CivilDate {
  const { year } = ymd(today);
  const eve = newYearsEve(year);
  return eve >= today ? eve : newYearsEve(year + 1);
}
