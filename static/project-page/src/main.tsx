import { mountPage } from '../../shared/ui';
import { ProjectPage } from './ProjectPage';

mountPage(<ProjectPage />);
