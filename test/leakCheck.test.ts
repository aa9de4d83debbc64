import { expandContractions, findContainedLeaks, findLeaks, jaccard, nearDuplicate, normalize, stem, wordSet } from './support/leakCheck';

/** The leak check of the held-out sets (test/support/leakCheck.ts) catches what a plain comparison misses. */
describe('normalize', () => {
  it('ignores case, punctuation, whitespace, ё/е and accents', () => {
    expect(normalize('  Cet ID d’accès est DÉJÀ associé à un compte.  ')).toBe('cet id d acces est deja associe a un compte');
    expect(normalize('сколько инцидентов у нас ещё осталось?!')).toBe('сколько инцидентов у нас еще осталось');
    expect(normalize('облачные решения — это «облачная» компетенция?')).toBe('облачные решения это облачная компетенция');
    expect(normalize("Looks like you don't have any benefits yet???")).toBe('looks like you don t have any benefits yet');
    expect(normalize('Œuvre   cœur')).toBe('oeuvre coeur');
    expect(normalize('?!…')).toBe('');
  });
});

describe('nearDuplicate', () => {
  it('reads two texts equal after normalization as duplicates', () => {
    expect(nearDuplicate('What are Technical Presales and Deployment services?', 'what are technical presales and deployment services')).toBe(true);
  });

  it('reads a reordering or one added word in a long sentence as a duplicate', () => {
    expect(nearDuplicate('где в центре партнеров управление службами', 'где управление службами в центре партнеров')).toBe(true);
    expect(nearDuplicate('quels plans de support payants existent pour les partenaires ?', 'quels plans de support payants pour les partenaires')).toBe(true);
  });

  it('keeps apart texts that share fewer than 80% of their words', () => {
    // 6 shared words of 12 distinct ones: 0.5.
    expect(jaccard(wordSet('what kind of help do Technical Presales and Deployment services give'), wordSet('what are technical presales and deployment services'))).toBeCloseTo(6 / 12);
    expect(nearDuplicate('what kind of help do Technical Presales and Deployment services give', 'what are technical presales and deployment services')).toBe(false);
    expect(nearDuplicate('how many incidents', 'how many incidents do we get')).toBe(false);
  });

  it('takes another threshold when asked', () => {
    expect(nearDuplicate('how many incidents', 'how many incidents do we get', 0.5)).toBe(true);
  });
});

describe('findLeaks', () => {
  it('names each leaked text with its closest training text, and nothing else', () => {
    const training = ['what are technical presales and deployment services', 'how many incidents do we get', 'cloud solution provider plan for azure'];
    expect(
      findLeaks(['What are Technical Presales and Deployment services?', 'How many incidents do we get, really?', 'cloud solution provider plan for azure requests', 'who may activate the benefit'], training),
    ).toEqual([
      { text: 'What are Technical Presales and Deployment services?', trained: training[0], kind: 'exact', overlap: 1 },
      { text: 'How many incidents do we get, really?', trained: training[1], kind: 'near', overlap: 6 / 7 },
      { text: 'cloud solution provider plan for azure requests', trained: training[2], kind: 'near', overlap: 6 / 7 },
    ]);
  });
});

describe('findContainedLeaks: contractions, stems, containment', () => {
  const training = ['we are a gold partner, how many cloud incidents do we get', 'combien d’incidents avons-nous pour les produits cloud avec Gold'];
  it('finds a training line with a word changed, contractions and inflections aside', () => {
    expect(findContainedLeaks(["we're a gold partner: how many cloud incident do we get?"], training)).toHaveLength(1);
    expect(findContainedLeaks(["combien d'incidents avons-nous pour les produits cloud, Gold ?"], training)).toHaveLength(1);
  });
  it('leaves other lines, short phrases and lines inside much longer ones alone', () => {
    expect(findContainedLeaks(['which portal opens an on-premises request for SQL Server?', 'gold partner', 'how many cloud incidents'], training)).toEqual([]);
  });
  it('spells out contractions and cuts inflections', () => {
    expect(expandContractions("we're sure it isn't l'article")).toBe('we are sure it is not le article');
    expect(stem('incidents')).toBe(stem('incident'));
    expect(stem('инцидентов')).toBe(stem('инциденты'));
  });
});
