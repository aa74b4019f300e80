interface Props {
  label: string;
  value: number | null;
}

/** A sub-score of the rank as a labelled bar; a missing one says so rather than showing zero. */
export function SubScoreBar({ label, value }: Props) {
  return (
    <li class="subscore">
      <span class="label">{label}</span>
      {value === null ? (
        <span class="muted">n/a</span>
      ) : (
        <>
          <span class="bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(value)}>
            <span class="fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
          </span>
          <span class="value">{Math.round(value)}</span>
        </>
      )}
    </li>
  );
}
