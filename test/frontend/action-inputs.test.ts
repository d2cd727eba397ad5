import { actionInputs, actionSettings } from '../../src/frontend/action-inputs';

describe('the recompute action configuration', () => {
  it('starts a new action empty, with nothing flagged', () => {
    expect(actionSettings({ data: {} })).toEqual({ saved: { issueKey: '', jql: '' }, invalid: [] });
    expect(actionSettings(undefined)).toEqual({ saved: { issueKey: '', jql: '' }, invalid: [] });
  });

  it('reloads the saved inputs and the ones Automation rejected, ignoring unknown names', () => {
    const extension = {
      data: { inputs: { issueKey: '{{issue.key}}', jql: 'project = DEM' } },
      errors: { invalidInputs: { issueKey: { message: 'issueKey is required' }, other: {} } },
    };

    expect(actionSettings(extension)).toEqual({
      saved: { issueKey: '{{issue.key}}', jql: 'project = DEM' },
      invalid: ['issueKey'],
    });
  });

  it('submits trimmed inputs and leaves out an empty JQL query', () => {
    expect(actionInputs({ issueKey: ' DEM-12 ', jql: '  ' })).toEqual({ issueKey: 'DEM-12' });
    expect(actionInputs({ issueKey: 'DEM-12', jql: ' project = DEM ' })).toEqual({
      issueKey: 'DEM-12',
      jql: 'project = DEM',
    });
    expect(actionInputs({})).toEqual({ issueKey: '' });
  });
});
