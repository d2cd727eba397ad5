import { mountPage } from '../../shared/ui';
import { IssuePanel } from './IssuePanel';

mountPage(<IssuePanel />);
