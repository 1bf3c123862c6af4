/**
 * The business calendar and send-time policy: pure functions of their inputs, `now` included.
 * The one impure helper, logCalendarWarningOnce, lives in ./warn-once.js so importing this stays pure.
 */
export * from './types.js';
export { sendSlot, HORIZON_DAYS, unconfirmedMessage } from './send-slot.js';
export { nextSlot } from './next-slot.js';
export { dayInfo, isWorkingDay, nextWorkingDay, previousWorkingDay, addWorkingDays } from './working-days.js';
export { workingWindow, workingIntervals, DEFAULT_HOURS, EARLIEST_SEND, LATEST_SEND } from './working-hours.js';
export { capAllows, nextCapRelief, WEEK_MS } from './weekly-cap.js';
export { dayScore, daysBeforeIncome } from './preference.js';
export { cnDay, cnYearConfirmed, lastPublishedYear } from './cn-calendar.js';
export { computedHolidays } from './cn-fallback.js';
export { parseOverrides, shippedOverrides } from './cn-overrides.js';
export { lunarNewYear, qingming, solarFromLunar } from './cn-lunar.js';
