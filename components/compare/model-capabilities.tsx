import type { ReportedModel } from '@/lib/compare/compare-report';

/** One model's decomposed capabilities, each with Unique (where earned) and vs alternatives, then pick instead. */
export function ModelCapabilities({ model, noiseNote }: { model: ReportedModel; noiseNote: string }) {
  const { capabilities, notice } = model.decomposition;
  const { pickInstead, pickInsteadNote } = model.neighbours;
  return (
    <section class="model-capabilities" data-testid="capabilities" data-model={model.id} aria-labelledby={`cap-${model.id}`}>
      <h2 id={`cap-${model.id}`}>{model.name}: capabilities</h2>
      {notice && <p class="notice">{notice}</p>}
      <ul class="capabilities">
        {capabilities.map((capability) => (
          <li key={capability.key} data-capability={capability.key}>
            <p class="sentence">{capability.sentence}</p>
            {capability.unique && (
              <p class="unique">
                <strong>Unique:</strong> {capability.unique}
              </p>
            )}
            <p class="alternatives">
              <strong>vs alternatives:</strong> {capability.alternatives}
            </p>
          </li>
        ))}
      </ul>
      <h3>Pick instead of {model.name}</h3>
      <div data-testid="pick-instead" data-model={model.id}>
        {pickInstead.length ? (
          <ul>
            {pickInstead.map((pick) => (
              <li key={pick.id}>
                <a href={`compare.html?ids=${encodeURIComponent(model.id)},${encodeURIComponent(pick.id)}`}>{pick.name}</a> {pick.reason}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{pickInsteadNote ?? 'Nothing of its type does all it does for less, or better for the same.'}</p>
        )}
        <p class="small muted">{noiseNote}</p>
      </div>
    </section>
  );
}
