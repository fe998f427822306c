const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A lifetime written as a whole number and a unit (90m, 12h, 30d, 52w), in milliseconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^([1-9][0-9]{0,5})([mhdw])$/.exec(text.trim());
  return m ? Number(m[1]) * (UNITS[m[2] as string] as number) : null;
}
