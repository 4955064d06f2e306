/**
 * Quick fixes. Each diagnostic carries its fixes in `data`, computed by its rule, so this module only
 * turns them into edits: the server needs no state to answer. Fixes are offered only while the
 * document is still at the version the diagnostic was computed for, so their offsets are exact.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixData } from '../../analysis/types';
import { toRange } from './ranges';

/** What a NewsLens diagnostic's `data` holds. */
export interface DiagnosticData extends FixData {
  /** Document version the offsets refer to. */
  version: number;
}

/** The command the client implements to change a rule's severity in the settings. */
export const CONFIGURE_RULE_COMMAND = 'newslens.configureRule';

/** The command the client implements to add a finding to `newslens.hiddenFindings`. */
export const HIDE_FINDING_COMMAND = 'newslens.hideFinding';

export function codeActions(document: TextDocument, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'NewsLens' || typeof diagnostic.code !== 'string') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data?.version === document.version) {
      data.fixes?.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: {
            changes: {
              [document.uri]: fix.edits.map((edit) => ({
                range: toRange(document, edit),
                newText: edit.newText,
              })),
            },
          },
        });
      });
    }
    if (data?.text) {
      actions.push({
        title: 'Hide this finding (reviewed: it is fine here)',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Hide finding', command: HIDE_FINDING_COMMAND, arguments: [{ code: diagnostic.code, text: data.text }] },
      });
    }
    if (!diagnostic.code.startsWith('newslens-')) {
      // A directive above the line, in the text itself, as writers' tools let one do.
      const line = diagnostic.range.start.line;
      actions.push({
        title: `Disable '${diagnostic.code}' for this line (a comment in the text)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
          changes: {
            [document.uri]: [
              { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- newslens-disable-next-line ${diagnostic.code} -->\n` },
            ],
          },
        },
      });
      actions.push(silenceAction(diagnostic, diagnostic.code));
    }
  }
  return dedupeSilence(actions);
}

function silenceAction(diagnostic: Diagnostic, code: string): CodeAction {
  return {
    title: `Turn off NewsLens rule '${code}' in this workspace`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Turn off rule', command: CONFIGURE_RULE_COMMAND, arguments: [code, 'off'] },
  };
}

/** One "turn off" and one "disable for this line" action per code, however many of its diagnostics the range covers. */
function dedupeSilence(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    if (!action.command && !action.title.startsWith('Disable ')) return true;
    const key = action.command ? String(action.command.arguments?.[0]) : action.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
