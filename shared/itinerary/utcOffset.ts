/** A zone's offset from UTC at an instant, in minutes east (Asia/Tokyo +540, America/New_York −300 in winter). */
export function utcOffsetMinutes(zone: string, at: Date): number {
  // 'GMT+09:00', 'GMT-05:00', or plain 'GMT' at zero: the one form Intl gives for every zone.
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '') ?? [];
  if (!sign) return 0;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * An offset as the app writes it everywhere beside a zone, as Intl names zones
 * ('일본 표준시 (GMT+9)'): 'GMT+9', 'GMT+5:30', 'GMT−5' (a true minus sign), 'GMT'.
 */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
