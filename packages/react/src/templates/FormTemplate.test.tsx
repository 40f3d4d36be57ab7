import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { formMessage, readFormFields } from './FormTemplate';
import { renderTemplate } from './test-utils';

describe('form template', () => {
  it('labels every input and masks passwords', () => {
    renderTemplate(fixtures.form_template!.good!);
    expect(screen.getByRole('form', { name: 'Please sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Name/)).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText(/Password/)).toHaveAttribute('type', 'password');
  });

  it('reports empty required fields, tied to their inputs, and focuses the first', async () => {
    const user = userEvent.setup();
    const { client } = renderTemplate(fixtures.form_template!.good!);
    await user.type(screen.getByLabelText(/Password/), 'secret');
    await user.click(screen.getByRole('button', { name: 'Ok' }));
    const name = screen.getByLabelText(/Name/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name is required.');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText(/Password/)).not.toHaveAttribute('aria-invalid');
    expect(client.sent).toEqual([]);
    await user.type(name, 'Ada');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('sends the values as JSON by key, shows them with the password masked, then disables', async () => {
    const user = userEvent.setup();
    const { client } = renderTemplate(fixtures.form_template!.good!);
    await user.type(screen.getByLabelText(/Name/), 'Ada');
    await user.type(screen.getByLabelText(/Password/), 'hunter2');
    await user.click(screen.getByRole('button', { name: 'Ok' }));
    expect(client.sent).toEqual([{ text: '{"name":"Ada","password":"hunter2"}', renderMsg: 'Name: Ada\nPassword: ••••••' }]);
    expect(screen.getByLabelText(/Name/)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sent' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Sent' }));
    expect(client.sent).toHaveLength(1);
  });

  it('sends a field without a key as its bare value, a keyed one as JSON (Kore’s formTemplate)', () => {
    expect(formMessage(readFormFields([{ type: 'password', label: 'PIN' }]), ['1234'])).toEqual({ body: '1234', renderMsg: '••••••' });
    expect(formMessage(readFormFields([{ type: 'password', label: 'PIN', key: 'pin' }]), ['1234'])).toEqual({ body: '{"pin":"1234"}', renderMsg: '••••••' });
  });

  it('sends several fields without keys as v1,v2, as Kore does', () => {
    const fields = readFormFields([{ label: 'First name' }, { label: 'Last name', key: 'last' }]);
    expect(formMessage(fields, ['Ada', 'Lovelace'])).toEqual({ body: 'Ada,Lovelace', renderMsg: 'First name: Ada\nLast name: Lovelace' });
  });

  it('is disabled when replayed from history', () => {
    renderTemplate(fixtures.form_template!.good!, { message: { fromHistory: true } });
    expect(screen.getByLabelText(/Name/)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Ok' })).toBeDisabled();
  });

  it('reads hostile fields as plain text inputs with safe keys', () => {
    const fields = readFormFields(fixtures.form_template!.hostile!.formFields);
    expect(fields).toHaveLength(1);
    expect(fields[0]?.type).toBe('text');
    expect(formMessage(fields, ['x']).body).toBe('{"__proto__":"x"}');
    const two = readFormFields([{ label: 'a', key: '__proto__' }, { label: 'b' }]);
    expect(formMessage(two, ['1', '2']).body).toBe('1,2');
    const keyed = readFormFields([{ label: 'a', key: '__proto__' }, { label: 'b', key: 'b' }]);
    expect(JSON.parse(formMessage(keyed, ['1', '2']).body)).toEqual({ b: '2', ['__proto__']: '1' });
  });
});
