import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DataStatus } from '@/components/data-status';
import { sendToBackground, type StatusResponse } from '@/lib/ext/messages';

export function App() {
  const status = useSignal<StatusResponse | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const refreshing = useSignal(false);

  useEffect(() => {
    sendToBackground({ type: 'getStatus' }).then(
      (value) => (status.value = value),
      (e: unknown) => (error.value = String(e)),
    );
  }, []);

  const refresh = async () => {
    refreshing.value = true;
    try {
      status.value = await sendToBackground({ type: 'refreshNow' });
      error.value = undefined;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      refreshing.value = false;
    }
  };

  return (
    <main>
      <h1>Model Lens</h1>
      <DataStatus status={status.value} error={error.value} refreshing={refreshing.value} onRefresh={refresh} />
    </main>
  );
}
