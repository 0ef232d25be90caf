import type { ExportedFile } from '../../store/export-files';

/** Offers a file to the browser's download: a Blob and a link's download attribute; nothing leaves the machine. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
