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

  it('Kore’s star arrays (5 down to 1) are shown 1 to 5, and each star sends the rating it shows', () => {
    const { client } = renderTemplate({
      template_type: 'feedbackTemplate',
      view: 'star',
      text: 'Rate this chat session',
      starArrays: [5, 4, 3, 2, 1].map((v) => ({ starId: v, value: v })),
    });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([1, 2, 3, 4, 5].map((v) => `${v} of 5 stars`));
    fireEvent.click(screen.getAllByRole('button')[1]!);
    expect(client.sent).toEqual([{ text: '2', renderMsg: '2 of 5 stars' }]);
  });

  it('Kore’s thumbs (0: Extremely Unlikely, 1: Extremely Likely): up sends Likely, and the review texts are visible', () => {
    const { client, container } = renderTemplate({
      template_type: 'feedbackTemplate',
      view: 'ThumbsUpDown',
      text: 'How likely are you to recommend us?',
      thumpsUpDownArrays: [
        { thumpUpId: 0, value: 'Extremely Unlikely', reviewText: 'Extremely Unlikely' },
        { thumpUpId: 1, value: 'Extremely Likely', reviewText: 'Extremely Likely' },
      ],
    });
    const [up, down] = screen.getAllByRole('button');
    expect(up).toHaveTextContent('👍');
    expect(up).toHaveAccessibleName('Extremely Likely');
    expect(down).toHaveAccessibleName('Extremely Unlikely');
    expect(container.querySelector('.xo-feedback-options')).toHaveTextContent('Extremely Likely');
    expect(container.querySelector('.xo-feedback-options')).toHaveTextContent('Extremely Unlikely');
    fireEvent.click(up!);
    expect(client.sent).toEqual([{ text: 'Extremely Likely', renderMsg: 'Extremely Likely' }]);
  });

  it('CSAT faces follow Kore’s smiley ids, and the review texts are visible', () => {
    const { client, container } = renderTemplate({
      template_type: 'feedbackTemplate',
      view: 'CSAT',
      smileyArrays: [
        { smileyId: 5, value: 'Highly Satisfied', reviewText: 'Highly Satisfied' },
        { smileyId: 1, value: 'Highly Unsatisfied', reviewText: 'Highly Unsatisfied' },
      ],
    });
    const [best, worst] = screen.getAllByRole('button');
    expect(best).toHaveTextContent('😍');
    expect(worst).toHaveTextContent('😡');
    expect(container).toHaveTextContent('Highly Satisfied');
    fireEvent.click(best!);
    expect(client.sent).toEqual([{ text: 'Highly Satisfied', renderMsg: 'Highly Satisfied' }]);
  });

  it('is disabled from history', () => {
    renderTemplate(fixtures.feedbackTemplate!.good!, { message: { fromHistory: true } });
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
  });
});
