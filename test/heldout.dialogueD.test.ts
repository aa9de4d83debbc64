import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_D } from './fixtures/heldoutSetD';

/**
 * Held-out set D of the conversations issue: a fourth writer, another brief (people texting from their phone
 * between meetings: short, lowercase, typos, mixed languages, changes of mind, tangents, negated answers), not
 * shown the other sets nor src/, sealed until the fixes after sets B and C were done, and run once: that first
 * score is the second-set generalization figure. Since then it is a regression set.
 */
describeHeldOutFixture(
  {
    name: 'held-out set D',
    set: HELDOUT_SET_D,
    failingFile: 'heldoutSetD.failing.txt',
    baselineEnv: 'HELDOUT_D_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
  "exact (1.00): \"azure says access id already associated\" ~ trained \"azure says access id already associated\"",
  "near (0.80): \"сколько облачных инцидентов нам положено?\" ~ trained \"сколько инцидентов нам положено\"",
  "near (0.80): \"сколько у нас инцидентов\" ~ trained \"сколько инцидентов у нас осталось\"",
  "exact (1.00): \"кто может активировать преимущества?\" ~ trained \"кто может активировать преимущества\"",
  "exact (1.00): \"qui peut activer les avantages ?\" ~ trained \"qui peut activer les avantages\"",
],
    containedLeaks: [
  "cloud incidents - how many we got?",
  "how many incidents come with our membership",
  "azure says access id already associated",
  "whr can i check remaining incidents",
  "azure portal 'access id already associated' again 🙄",
  "в azure вылезает access id is already associated",
  "ошибка access id already associated в azure",
  "в azure опять ошибка already associated 😤",
  "где создать запрос по локальному продукту?",
  "compétence small and midmarket cloud solutions",
  "on a droit à combien d'incidents ?",
  "combien d'incidents cloud pour nous ?",
  "combien de cas cloud pour gold ?",
  "j'ai l'erreur access id already associated dans le portail azure",
  "erreur access id already associated dans azure",
  "encore l'erreur already associated dans azure 😤",
],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
