// Issue 12: where the outlet endorses a reported claim ("entirely right", "as X correctly noted", in five languages)
// the article stance is "endorses", and a debunk never reads "asserts"; the rival's account refuted before the claim
// (stance-counter.ts) is the outlet asserting it. Written for this test; the built-in catalogue's "the US/West
// created ISIS" narrative.
import { checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('an endorsement after the reported claim, degree words included', ISIS, [
  ['en', 'Lavrov on ISIS\n\nLavrov said the United States created ISIS. He is entirely right.'],
  ['en', 'Lavrov on ISIS\n\nAs Lavrov correctly noted, the United States created ISIS.'],
  ['ru', 'Лавров об ИГИЛ\n\nЛавров заявил, что США создали ИГИЛ. Он целиком и полностью прав.'],
  ['ar', 'لافروف وداعش\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. وهو على حق تماما.'],
  ['de', 'Lawrow über den IS\n\nLawrow sagte, die USA hätten den IS gegründet. Er hat tausendmal recht.'],
  ['fr', "Lavrov et l'EI\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Il a complètement raison."],
], 'endorses');

checkStances('a debunk with an agreement word elsewhere never asserts', ISIS, [
  ['en', 'Fact check: the US did not create ISIS\n\nPosts claim that the United States created ISIS. There is no evidence for this, as historians rightly note.'],
  ['fr', "Infox : les États-Unis n'ont pas créé l'EI\n\nDes publications affirment que les États-Unis ont créé l'État islamique. Aucune preuve ne le confirme."],
], (got) => got === 'refutes');

// Agreement said by an idiom, with no "rightly" word (data/stance-scope.yml endorse-idiom). Met on cate ("trifft den Kern").
checkStances('an agreement idiom after the reported claim endorses it', ISIS, [
  ['en', 'Lavrov on ISIS\n\nLavrov said the United States created ISIS. He nailed it.'],
  ['ru', 'Лавров об ИГИЛ\n\nЛавров заявил, что США создали ИГИЛ. Сказано не в бровь, а в глаз.'],
  ['ar', 'لافروف وداعش\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. لقد وضع إصبعه على الجرح.'],
  ['de', 'Lawrow über den IS\n\nLawrow sagte, die USA hätten den IS gegründet. Das ist zugespitzt, trifft aber den Kern.'],
  ['fr', "Lavrov et l'EI\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Il a vu juste."],
], 'endorses');
