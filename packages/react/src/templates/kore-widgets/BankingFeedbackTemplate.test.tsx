import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, renderWidget, SCRIPT } from './test-widgets';

interface Entry {
  id: string;
  value: string;
}

describe('bankingFeedbackTemplate', () => {
  it('step one: Kore’s heading and every experience as a radio; step two waits for a rating', async () => {
    const payload = fixture('web1-bankingFeedbackTemplate-1');
    const { container } = await renderWidget(payload);
    expect(screen.getByRole('group', { name: String(payload.heading) })).toBeInTheDocument();
    for (const e of payload.experienceContent as unknown as Entry[]) expect(screen.getByRole('radio', { name: e.value })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
    await expectAccessible(container);
  });

  it('step two shows the list heading, the reasons and the buttons; Confirm sends Kore’s JSON', async () => {
    const user = userEvent.setup();
    const payload = fixture('web1-bankingFeedbackTemplate-1');
    const { container, client } = await renderWidget(payload);
    await user.click(screen.getByRole('radio', { name: 'Neutral' }));
    expect(screen.getByRole('group', { name: String(payload.feedbackListHeading) })).toBeInTheDocument();
    const reasons = payload.feedbackList as unknown as Entry[];
    for (const r of reasons) expect(screen.getByRole('checkbox', { name: r.value })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: reasons[2]!.value }));
    await user.click(screen.getByRole('checkbox', { name: reasons[0]!.value }));
    await user.type(screen.getByLabelText('Anything else to tell us?'), 'Faster please');
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toHaveLength(1);
    expect(client.sent[0]!.renderMsg).toBe('Neutral');
    expect(JSON.parse(client.sent[0]!.text)).toEqual({
      selectedFeedback: [reasons[0], reasons[2]],
      selectedExperience: { id: 'Neutral', value: 'Neutral' },
      userSuggestion: 'Faster please',
    });
    expect(screen.getByRole('button', { name: 'Sent' })).toBeDisabled();
  });

  it('Cancel sends Cancel, by keyboard', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web1-bankingFeedbackTemplate-1'));
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Very Unsatisfied' })).toBeChecked();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: 'Cancel', renderMsg: 'Cancel' }]);
  });

  it('echoes entries as data: a __proto__ key pollutes nothing, empathy text shows as text', async () => {
    const user = userEvent.setup();
    const evil = JSON.parse('{"id":"x","value":"Bad","__proto__":{"polluted":1},"empathyMessage":"Sorry <b>to</b> hear"}') as Entry;
    const { container, client } = await renderWidget({ template_type: 'bankingFeedbackTemplate', heading: SCRIPT, experienceContent: [evil as never, 'junk', null] });
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    expect(container).toHaveTextContent('Sorry <b>to</b> hear');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const sent = JSON.parse(client.sent[0]!.text) as { selectedExperience: object };
    expect(Object.keys(sent.selectedExperience)).toEqual(['id', 'value', '__proto__']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expectNothingUnsafe(container);
  });
});
