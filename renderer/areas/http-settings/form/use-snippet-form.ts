// Form state plus what follows from it: the input for the platform/generators, every
// problem, and the two offline snippets, regenerated as the user types.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { WebServerSettings } from '../../../../shared/areas/http-settings/model';
import { formOutput, newRowId, type NodeRow, type PortField, type RepoRow, type SnippetFormState } from './form-model';
import { generateAll, problemsOf } from './snippets';

export interface SnippetFormApi {
  form: SnippetFormState;
  reset: (form: SnippetFormState) => void;
  setSetting: <K extends keyof WebServerSettings>(field: K, value: WebServerSettings[K]) => void;
  setPort: (field: PortField, text: string) => void;
  setRepo: (id: number, change: Partial<Omit<RepoRow, 'id'>>) => void;
  addRepo: () => void;
  removeRepo: (id: number) => void;
  setHa: (on: boolean) => void;
  setNode: (id: number, change: Partial<Omit<NodeRow, 'id'>>) => void;
  addNode: () => void;
  removeNode: (id: number) => void;
}

export function useSnippetForm(initial: () => SnippetFormState) {
  const [form, setForm] = useState<SnippetFormState>(initial);
  const update = useCallback((change: (form: SnippetFormState) => SnippetFormState) => setForm(change), []);

  const api: SnippetFormApi = useMemo(
    () => ({
      form,
      reset: (next) => setForm(next),
      setSetting: (field, value) => update((f) => ({ ...f, settings: { ...f.settings, [field]: value } })),
      setPort: (field, text) => update((f) => ({ ...f, ports: { ...f.ports, [field]: text } })),
      setRepo: (id, change) => update((f) => ({ ...f, repos: f.repos.map((row) => (row.id === id ? { ...row, ...change } : row)) })),
      addRepo: () => update((f) => ({ ...f, repos: [...f.repos, { id: newRowId(), key: '', port: '' }] })),
      removeRepo: (id) => update((f) => ({ ...f, repos: f.repos.filter((row) => row.id !== id) })),
      setHa: (on) =>
        update((f) => ({
          ...f,
          ha: on,
          // Turning HA on with no nodes starts one row, so there is something to fill in.
          nodes: on && f.nodes.length === 0 ? [{ id: newRowId(), host: '', artifactoryPort: '8081', routerPort: '8082' }] : f.nodes,
        })),
      setNode: (id, change) => update((f) => ({ ...f, nodes: f.nodes.map((row) => (row.id === id ? { ...row, ...change } : row)) })),
      addNode: () => update((f) => ({ ...f, nodes: [...f.nodes, { id: newRowId(), host: '', artifactoryPort: '8081', routerPort: '8082' }] })),
      removeNode: (id) => update((f) => ({ ...f, nodes: f.nodes.filter((row) => row.id !== id) })),
    }),
    [form, update],
  );

  const output = useMemo(() => formOutput(form), [form]);
  // Generation runs on a deferred copy so typing never waits for it.
  const deferred = useDeferredValue(output);
  const generated = useMemo(() => generateAll(deferred.input, deferred.localProblems), [deferred]);
  // Problems follow the live form (cheap), snippets may lag a frame behind.
  const problems = useMemo(() => problemsOf(output.input, output.localProblems), [output]);
  return { ...api, output, problems, generated };
}
