import { mountPage } from '../../shared/ui';
import { AdminPage } from './AdminPage';

mountPage(<AdminPage />);
