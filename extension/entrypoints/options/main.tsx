import { startPage } from '../../src/app/boot';
import { OptionsPage } from '../../src/ui/adapters/OptionsPage';
import './style.css';

startPage(OptionsPage);
