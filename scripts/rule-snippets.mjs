// Tuning snippets for scripts/eval-rules.mjs, in the gold markup of test/gold (⟦surface|id⟧ mentions,
// ⟪code⟫ expected diagnostics). Written for this project; positives and negatives side by side.
export const SNIPPETS = [];
