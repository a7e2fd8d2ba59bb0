// The XML editor: CodeMirror 6 with XML highlighting, folding, search and undo. The text
// is controlled from outside only when it changes there (a reload or a restore); typing
// stays inside the editor and is reported through onChange.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { xml } from '@codemirror/lang-xml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useEffect, useRef } from 'react';
import { codeFont } from '../../components/code/token-colors';

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** Accessible name of the editing area. */
  label: string;
  readOnly?: boolean;
  height?: number | string;
}

const darkHighlight = HighlightStyle.define([
  { tag: tags.tagName, color: '#7ee787' },
  { tag: tags.attributeName, color: '#79c0ff' },
  { tag: tags.attributeValue, color: '#a5d6ff' },
  { tag: tags.comment, color: '#8b949e', fontStyle: 'italic' },
  { tag: [tags.processingInstruction, tags.documentMeta], color: '#d2a8ff' },
  { tag: tags.angleBracket, color: '#8b949e' },
  { tag: tags.content, color: '#e6edf3' },
]);

// The page's policy allows <style> only with this load's nonce (renderer/main.tsx reads it the same way).
const nonce = typeof document === 'undefined' ? undefined : document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

function themeFor(dark: boolean) {
  return [
    EditorView.theme(
      {
        '&': { fontSize: '12.5px', backgroundColor: dark ? '#0d1117' : '#f6f8fa', color: dark ? '#e6edf3' : '#1f2328', height: '100%' },
        '.cm-scroller': { fontFamily: codeFont, lineHeight: '1.55' },
        '.cm-gutters': { backgroundColor: dark ? '#0d1117' : '#f6f8fa', color: dark ? '#6e7681' : '#8c959f', border: 'none' },
        '.cm-activeLine': { backgroundColor: dark ? '#161b22' : '#eaeef2' },
        '.cm-activeLineGutter': { backgroundColor: dark ? '#161b22' : '#eaeef2' },
        '&.cm-focused .cm-cursor': { borderLeftColor: dark ? '#e6edf3' : '#1f2328' },
        '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: dark ? '#264f78' : '#b6d7ff' },
      },
      { dark },
    ),
    syntaxHighlighting(dark ? darkHighlight : defaultHighlightStyle, { fallback: true }),
  ];
}

export function XmlEditor({ value, onChange, label, readOnly = false, height = 480 }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const theme = useRef(new Compartment());
  const editable = useRef(new Compartment());
  const changed = useRef(onChange);
  changed.current = onChange;
  const dark = useTheme().palette.mode === 'dark';

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          highlightSelectionMatches(),
          search({ top: true }),
          xml(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...searchKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          theme.current.of(themeFor(dark)),
          editable.current.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is made once; value, theme and readOnly are pushed in by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(themeFor(dark)) });
  }, [dark]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]) });
  }, [readOnly]);

  return (
    <Box
      ref={host}
      data-testid="xml-editor"
      sx={{ height, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', '& .cm-editor': { height: '100%' }, '& .cm-editor.cm-focused': { outline: 'none' } }}
    />
  );
}
