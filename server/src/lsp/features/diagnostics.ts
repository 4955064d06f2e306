/** Analysis findings as LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Severity, Span } from '../../analysis/types';
import { toRange } from './ranges';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'NewsLens',
    message: finding.message,
    data: { ...finding.data, version: document.version, text: document.getText().slice(finding.start, finding.end) },
  };
}

/** The code of the notice about the analysis itself (a text over the size limit, an internal error). */
export const NOTICE_CODE = 'newslens-notice';

/** The code of a warning on a suppression directive itself (an unknown code in it). */
export const DIRECTIVE_CODE = 'newslens-directive';

/** Diagnostics for a document: its findings, plus a single notice when the analysis itself had problems. */
export function diagnostics(document: TextDocument, analysis: Analysis): Diagnostic[] {
  const out = analysis.findings.map((finding) => toDiagnostic(document, finding));
  // A suppression directive that names an unknown code, marked where it stands.
  for (const notice of analysis.notices ?? []) {
    out.push({ range: toRange(document, notice), severity: DiagnosticSeverity.Warning, source: 'NewsLens', code: DIRECTIVE_CODE, message: notice.message });
  }
  if (analysis.problems.length > 0) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'NewsLens',
      // Not an attribution gap: the client's status bar counts gaps and shows this notice apart.
      code: NOTICE_CODE,
      message: analysis.problems.join('\n'),
    });
  }
  return out;
}

/**
 * The problems of a file NewsLens reads its settings from (a .newslens.json, an entities file) as
 * errors on that file: each located, and each saying that the file's valid part still applies.
 */
export function fileProblemDiagnostics(
  uri: string,
  languageId: string,
  text: string,
  code: string,
  problems: readonly (Span & { message: string })[],
): Diagnostic[] {
  const document = TextDocument.create(uri, languageId, 0, text);
  return problems.map((p) => ({
    range: toRange(document, p),
    severity: DiagnosticSeverity.Error,
    source: 'NewsLens',
    code,
    message: `${p.message} The rest of the file still applies.`,
  }));
}
