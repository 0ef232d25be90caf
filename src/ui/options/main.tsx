import { render } from 'preact';
import { t, uiLanguage } from '../controls/i18n';
import { ConnectorContext } from '../connect/connector';
import { extensionConnector } from '../connect/extension-connector';
import { OptionsPage } from './OptionsPage';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(
  <ConnectorContext.Provider value={extensionConnector()}>
    <OptionsPage />
  </ConnectorContext.Provider>,
  document.getElementById('app')!,
);
