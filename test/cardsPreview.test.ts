// The JSON checks of `npm run cards:preview` (scripts/cardsPreview/checks.js, plain JS run without a build).
const { jsonProblems } = require('../scripts/cardsPreview/checks') as { jsonProblems: (card: unknown) => string[] };

const card = (body: unknown[], actions: unknown[] = []) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });

describe('cards:preview JSON checks', () => {
  it('accept a complete card', () => {
    expect(
      jsonProblems(
        card(
          [
            { type: 'TextBlock', text: 'Hello', wrap: true },
            { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com' }] },
            { type: 'Container', items: [], selectAction: { type: 'Action.Submit', data: {} } },
          ],
          [{ type: 'Action.Execute', title: 'Go', verb: 'go', fallback: { type: 'Action.Submit', title: 'Go', data: { verb: 'go' } } }],
        ),
      ),
    ).toEqual([]);
  });

  it('report an unexpanded binding and a templating keyword left in the card', () => {
    const problems = jsonProblems(card([{ type: 'TextBlock', text: 'Hi ${name}', wrap: true, $when: '${x}' }]));
    expect(problems).toEqual([
      expect.stringContaining('unexpanded binding at $.body[0].text'),
      expect.stringContaining('unexpanded binding at $.body[0].$when'),
      expect.stringContaining('templating keyword $when left at $.body[0]'),
    ]);
  });

  it('report buttons without a title, in card actions, ActionSets and fallbacks', () => {
    const problems = jsonProblems(
      card(
        [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: '  ', data: {} }] }],
        [{ type: 'Action.Execute', verb: 'v', title: 'ok', fallback: { type: 'Action.Submit', data: {} } }, { type: 'Action.OpenUrl', url: 'https://x' }],
      ),
    );
    expect(problems).toEqual([
      'Action.Submit without a title at $.body[0].actions[0] ("  ")',
      'Action.Submit without a title at $.actions[0].fallback',
      'Action.OpenUrl without a title at $.actions[1]',
    ]);
  });
});
