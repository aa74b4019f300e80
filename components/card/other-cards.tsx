/** A family name ("Llama 4", "Gemini 2.5") names no single model. */
export function FamilyCard({ name, onClose }: { name: string; onClose: () => void }) {
  return (
    <section class="card" role="dialog" aria-labelledby="ml-title">
      <header class="head">
        <div>
          <h2 id="ml-title" class="title">{name}</h2>
          <p class="muted">A model family, not one model.</p>
        </div>
        <button type="button" class="icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="muted">Point at a full name (for example with the size or tier) to see one model's rank and price.</p>
    </section>
  );
}
