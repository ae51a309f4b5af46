// Stance families of the twelfth round (stance12, 2026-12-07), left by the newest writers' splits (blind16, catm):
// soft, fact-based debunks that set the figures against a claim without the words "false" or "fake" ("the numbers
// tell a more nuanced story", "Ein Blick auf die Zahlen relativiert das Bild", "Les chiffres racontent une histoire
// plus nuancée", "النظر في الوقائع يرسم صورة مختلفة"), claims ruled out ("Von … kann keine Rede sein") or called more
// slogan than analysis. Texts written for this test, in other words than the eval's articles.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('the facts or figures that put a reported claim into perspective reject it (the sentence after)', ISIS, [
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. The record tells a more nuanced story.', 'refutes'],
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. The archives paint a rather different picture.', 'refutes'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Ein Blick auf die Akten relativiert das Bild.', 'refutes'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Die Archive erzählen eine andere Geschichte.', 'refutes'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Les archives dressent un tableau plus nuancé.", 'refutes'],
  ['ar', 'تحليل\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. لكن التدقيق في الوثائق يرسم صورة أخرى.', 'refutes'],
  ['ru', 'Разбор\n\nМинистр заявил, что США создали ИГИЛ. Архивы рисуют более сложную картину.', 'refutes'],
  // Figures that bear the speaker out agree with the claim.
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. The records bear him out.', 'endorses'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Die Akten geben ihm recht.', 'endorses'],
]);

checkStances('a soft fact-based verdict in the lead makes a debunk of a claim told earlier in it', ISIS, [
  ['en', 'Did Washington really create ISIS?\n\nFor years Moscow has repeated that the United States created ISIS. A look at the record puts that into perspective.', 'refutes'],
  ['de', 'Hat Washington den IS gegründet?\n\nSeit Jahren heißt es aus Moskau, die USA hätten den IS gegründet. Die Akten zeichnen ein differenzierteres Bild.', 'refutes'],
  ['fr', "Washington a-t-il créé l'État islamique ?\n\nC'est devenu un refrain : les États-Unis auraient créé l'État islamique. Les archives racontent une tout autre histoire.", 'refutes'],
  ['ar', 'هل أنشأت واشنطن داعش حقاً؟\n\nيقول الإعلام الروسي إن الولايات المتحدة أنشأت داعش. غير أن النظر في الوثائق يروي قصة مختلفة.', 'refutes'],
  // Without the verdict the reported claim stays reported.
  ['en', 'Did Washington really create ISIS?\n\nFor years Moscow has said that the United States created ISIS. Officials met in Geneva.', 'reports'],
]);

checkStances('a claim ruled out ("there can be no question of", "kann … keine Rede sein") or called a slogan is rejected', ISIS, [
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Davon kann historisch keine Rede sein.', 'refutes'],
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. There can be no question of that.', 'refutes'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Cette thèse relève davantage du slogan que de l'histoire.", 'refutes'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Das ist eher Parole als Analyse.', 'refutes'],
  ['ar', 'تحليل\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. وهذا الكلام أقرب إلى الشعار منه إلى التحليل.', 'refutes'],
]);

// A denial narrative asserted by an outlet that calls the account it denies a lie, a fabrication or a forgery: the
// verdict words judge the rival's account, so the outlet says the denial (catm's "The Nanjing Massacre was
// fabricated", "North Korea did not sink the Cheonan"). A catalogue written for this test.
const FERRY = `
- id: ferry-denial
  title: The navy did not sink the ferry
  examples:
    - The navy had nothing to do with the sinking of the ferry
    - The torpedo evidence against the navy was fabricated by the opposition
    - The ferry ran aground in a storm and the navy is being framed
`;
const ferry = catalogueStanceCheck(FERRY, 'ferry-denial');

ferry('a lie word in the headline on the account the narrative denies says the denial: asserted', [
  ['en', 'The ferry case: ten years of a state lie\n\nThe ferry went down in 2010. Two months later the government named a culprit. The navy had nothing to do with the sinking of the ferry.', 'asserts'],
  ['fr', "Le naufrage du ferry : dix ans de mensonge d'État\n\nLe ferry a coulé en 2010. Deux mois plus tard, le gouvernement a désigné un coupable. La marine n'a rien à voir avec le naufrage du ferry.", 'asserts'],
  ['de', 'Der Fährunfall: zehn Jahre Staatslüge\n\nDie Fähre sank 2010. Zwei Monate später nannte die Regierung einen Schuldigen. Die Marine hatte mit dem Untergang der Fähre nichts zu tun.', 'asserts'],
  // A fact-check's verdict on the denial still debunks it.
  ['en', 'Fact check: the navy and the ferry\n\nPosts claim the navy had nothing to do with the sinking of the ferry. That is false.', 'refutes'],
]);

ferry('the verdict word the denial’s examples say, later in the outlet’s voice, says the denial; the truth restating it rejects nothing', [
  ['en', 'Ten years on\n\nThe opposition is still peddling the story that the navy sank the ferry.\n\nThe torpedo evidence was fabricated. The navy had nothing to do with the sinking of the ferry.', 'asserts'],
  ['en', 'Ten years on\n\nThe torpedo story was born as opposition propaganda, as the newspapers wrote at the time. The truth is simple: the navy had nothing to do with the sinking of the ferry.', 'asserts'],
]);

ferry('in a sentence that says the denial, a verdict on a scare-quoted term of the rival’s account is no verdict on the denial', [
  ['en', 'Ten years on\n\nThe ferry went down in 2010. Two months later the government named a culprit.\n\nWhat the opposition spreads about the navy’s “attack” on the ferry is baseless: the ferry ran aground in a storm and the navy is being framed.', 'asserts'],
  ['fr', "Dix ans après\n\nLe ferry a coulé en 2010. Deux mois plus tard, le gouvernement a désigné un coupable.\n\nCe que l'opposition répand sur l'« attaque » de la marine contre le ferry est sans fondement : le ferry s'est échoué dans une tempête et la marine est victime d'un coup monté.", 'asserts'],
  // A claim quoted whole is said, and the verdict after it judges it.
  ['en', '“The navy had nothing to do with the sinking of the ferry”: a convenient slogan, but false\n\nOnline posts keep repeating that the navy had nothing to do with the sinking of the ferry.', 'refutes'],
]);
