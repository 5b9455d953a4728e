import { App } from '../../src/app/App';
import { startPage } from '../../src/app/boot';
import '../../src/ui/base.css';
import './style.css';

startPage(App);
