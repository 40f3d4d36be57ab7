import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { extraFixtures, fixtures } from './fixtures';
import { renderTemplate } from './test-utils';

describe('feedback template', () => {
  it('star view sends the rating as a postback, once', () => {
    const { client } = renderTemplate(fixtures.feedbackTemplate!.good!);
    const stars = screen.getAllByRole('button');
    expect(stars).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: '4 of 5 stars' }));
    expect(client.sent).toEqual([{ text: '4', renderMsg: '4 of 5 stars' }]);
    for (const star of screen.getAllByRole('button')) expect(star).toBeDisabled();
    expect(screen.getByText('Thank you for your feedback.')).toBeInTheDocument();
  });

  it('NPS view offers 0 to 10', () => {
    const { client } = renderTemplate(fixtures.feedbackTemplate!.long!);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(Array.from({ length: 11 }, (_, i) => String(i)));
    fireEvent.click(screen.getByRole('button', { name: '0' }));
    expect(client.sent).toEqual([{ text: '0', renderMsg: '0' }]);
  });

  it('CSAT and emoji views name every face', () => {
    renderTemplate(fixtures.feedbackTemplate!.rtl!);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Terrible', 'Bad', 'Okay', 'Good', 'Awesome']);
  });

  it('thumbs view uses the bot’s review texts and values', () => {
    const { client } = renderTemplate(extraFixtures.thumbs!);
    fireEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    expect(client.sent).toEqual([{ text: 'Extremely Unlikely', renderMsg: 'Not helpful' }]);
  });

  it('is disabled from history', () => {
    renderTemplate(fixtures.feedbackTemplate!.good!, { message: { fromHistory: true } });
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
  });
});
