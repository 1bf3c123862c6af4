import { IANAZone, Zone } from 'luxon';

const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * An IANA zone whose UTC offsets are remembered per quarter hour. Luxon asks Intl for the offset on
 * every date it builds, which made planning a case cost most of a millisecond; every real zone's
 * offsets and transitions fall on quarter hours, so the memo gives the same answers.
 */
class MemoZone extends Zone {
  private readonly offsets = new Map<number, number>();
  constructor(private readonly inner: IANAZone) {
    super();
  }
  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.inner.name;
  }
  get ianaName(): string {
    return this.inner.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return this.inner.isValid;
  }
  override offsetName(ts: number, opts: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.inner.offsetName(ts, opts);
  }
  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.inner.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    const bucket = Math.floor(ts / QUARTER_HOUR);
    let found = this.offsets.get(bucket);
    if (found === undefined) {
      found = this.inner.offset(ts);
      if (this.offsets.size > 50_000) this.offsets.clear();
      this.offsets.set(bucket, found);
    }
    return found;
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, MemoZone>();

/** The luxon zone to use for `tz` everywhere in the calendar and engine. */
export function zoneOf(tz: string): Zone {
  let z = zones.get(tz);
  if (!z) {
    z = new MemoZone(IANAZone.create(tz));
    zones.set(tz, z);
  }
  return z;
}
