import { topicQuestion } from '../src/answers';
import { LOCALES, TOPIC_INTENTS } from '../src/domain/types';
import { createRecognizer, Recognizer } from '../src/nlu';

/** A follow-up or example button sends its question as the user's message: the bot must understand it. */
describe('follow-up questions are recognized as their topic, in their language', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await createRecognizer({ useModelFile: false });
  }, 120_000);

  it.each(LOCALES)('%s', async (locale) => {
    const missed: string[] = [];
    for (const topic of TOPIC_INTENTS) {
      const { query } = topicQuestion(locale, topic);
      const { intent, language } = await recognizer.recognize(query);
      if (intent !== topic || language !== locale) missed.push(`${topic}: "${query}" → ${intent}/${language}`);
    }
    expect(missed).toEqual([]);
  });
});
