import { render } from 'preact';
import { ComparePage } from './compare-page';
import '@/components/ui.css';

render(<ComparePage />, document.getElementById('app')!);
