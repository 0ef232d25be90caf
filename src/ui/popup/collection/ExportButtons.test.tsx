// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import { mockConnector } from '../../connect/mock';
import { ExportButtons } from './ExportButtons';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

describe('the collection export', () => {
  test('a store that cannot be read says so under the buttons; nothing is downloaded', async () => {
    const connector = mockConnector();
    const db = await connector.store();
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('QuotaExceededError: the disk is full'));
    const offered = vi.fn();
    URL.createObjectURL = offered;
    renderView(<ExportButtons />, connector);
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(await screen.findByText('The export failed: QuotaExceededError: the disk is full. Nothing was changed; try again.')).toBeTruthy();
    expect(offered).not.toHaveBeenCalled();
  });
});
