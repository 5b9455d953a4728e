import { App } from '../../src/app/App';
import { startPage } from '../../src/app/boot';
import './style.css';

startPage(App);
