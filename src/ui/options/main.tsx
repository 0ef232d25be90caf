import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../../platform/i18n';
import { ConnectorContext } from '../connect/connector';
import { extensionConnector } from '../connect/extension-connector';
import { OptionsPage } from './OptionsPage';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(
  <ConnectorContext.Provider value={extensionConnector()}>
    <OptionsPage />
  </ConnectorContext.Provider>,
  document.getElementById('app')!,
);
