import { useSignal } from '@preact/signals';
import type { ComparisonReport } from '@/lib/compare/compare-report';
import { reportToMarkdown } from '@/lib/compare/report-markdown';
import { drawReport } from './report-image';
import { errorMessage } from '@/lib/error-message';

/** Markdown and PNG downloads of the comparison, both made from the report's data. */
export function ExportButtons({ report, permalink }: { report: ComparisonReport; permalink: string }) {
  const message = useSignal<string | undefined>(undefined);
  const name = fileName(report.title);
  const exportMarkdown = () => {
    download(new Blob([reportToMarkdown(report, permalink)], { type: 'text/markdown' }), `${name}.md`);
    message.value = `Saved ${name}.md`;
  };
  const exportPng = () => {
    const canvas = document.createElement('canvas');
    try {
      drawReport(report, canvas);
    } catch (error) {
      message.value = errorMessage(error);
      return;
    }
    canvas.toBlob((blob) => {
      if (!blob) {
        message.value = 'The image could not be made.';
        return;
      }
      download(blob, `${name}.png`);
      message.value = `Saved ${name}.png`;
    }, 'image/png');
  };
  return (
    <div class="row">
      <button type="button" onClick={exportMarkdown} data-testid="export-markdown">
        Export Markdown
      </button>
      <button type="button" onClick={exportPng} data-testid="export-png">
        Export PNG
      </button>
      {message.value && (
        <span class="small muted" role="status">
          {message.value}
        </span>
      )}
    </div>
  );
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Claude Sonnet 4 vs GPT-4o mini" → "claude-sonnet-4-vs-gpt-4o-mini". */
export function fileName(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'comparison'
  );
}
