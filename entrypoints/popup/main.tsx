import { render } from 'preact';
import '@/components/ui.css';
import './popup.css';
import { App } from './app';
import { createPopupState } from './state';

render(<App state={createPopupState()} />, document.getElementById('app')!);
