import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../controls/i18n';

/** Bytes in the reader's language: "1.2 MB", "1,2 Mo"... */
export function formatBytes(bytes: number, locale = uiLanguage()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let i = 0;
  while (bytes >= 1000 && i < units.length - 1) {
    bytes /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: bytes < 10 && i > 0 ? 1 : 0 }).format(bytes);
}

/** How much this extension's storage holds, as the browser estimates it; read again when `version` changes. */
export function StorageUsed({ version }: { version: number }) {
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number } | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate().then(setEstimate, () => setEstimate({}));
  }, [version]);
  if (!estimate) return null;
  return (
    <p class="storage-used">
      {estimate.usage !== undefined && estimate.quota !== undefined ? t('storageUsed', [formatBytes(estimate.usage), formatBytes(estimate.quota)]) : t('storageUnknown')}
    </p>
  );
}
