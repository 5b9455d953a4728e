import { startPage } from '../../src/app/boot';
import { OptionsPage } from '../../src/ui/adapters/OptionsPage';
import '../../src/ui/base.css';
import './style.css';

startPage(OptionsPage);
