import { z } from 'zod';
import { IdSchema, LanguageSchema, PlatformSchema, TimeZoneSchema } from './ids.js';

export const ContactRoleSchema = z.enum(['payer', 'finance', 'owner']);

/** A chat address at which a customer is reached; platform + address finds the customer of an inbound message. */
export const ContactSchema = z.object({
  platform: PlatformSchema,
  address: z.string().min(1).max(256),
  displayName: z.string().max(200).optional(),
  role: ContactRoleSchema.default('finance'),
});
export type Contact = z.infer<typeof ContactSchema>;

export const HolidayCalendarSchema = z.enum(['CN', 'none']);
export type HolidayCalendar = z.infer<typeof HolidayCalendarSchema>;

export const RiskClassSchema = z.enum(['未收款', '催收款', '准呆账', '呆账', '死账']);
export type RiskClass = z.infer<typeof RiskClassSchema>;

export const CustomerSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(200),
  contacts: z.array(ContactSchema).default([]),
  language: LanguageSchema,
  timezone: TimeZoneSchema,
  holidayCalendar: HolidayCalendarSchema,
  rep: z.string().max(200).optional(),
  /** Day of month on which the customer's own money usually comes in (payroll, their customers' terms). */
  incomeDay: z.number().int().min(1).max(31).optional(),
  riskClass: RiskClassSchema.optional(),
  /** Working hours override, HH:mm local. */
  workingHours: z
    .object({ start: z.string(), end: z.string(), lunchStart: z.string(), lunchEnd: z.string() })
    .partial()
    .optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** Asia/Shanghai customers follow the Chinese statutory calendar unless told otherwise. */
export function defaultHolidayCalendar(timezone: string): HolidayCalendar {
  return ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Urumqi', 'PRC'].includes(timezone) ? 'CN' : 'none';
}
