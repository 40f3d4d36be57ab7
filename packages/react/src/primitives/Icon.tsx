/** A decorative 24-unit icon of one filled path; the control around it carries the name. */
export function Icon({ d, size = 20 }: { d: string; size?: number }) {
  return (
    <svg className="xo-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path fill="currentColor" d={d} />
    </svg>
  );
}
