import { render } from 'preact';
import '@/components/ui.css';
import './options.css';
import { OptionsApp } from './app';

render(<OptionsApp />, document.getElementById('app')!);
