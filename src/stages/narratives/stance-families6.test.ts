// Stance families of issue 12 left by the ninth round's held-out writers and the rounds before (stance10, 2026-12-07;
// grouped over every split, each family seen with at least two writers): a headline verdict that a theory or version
// failed its test ("why the accident theory does not convince", "версии, которые не выдержали проверки"), also where
// a speech cue names the thesis the verdict judges ("la thèse de l'« accident » ne tient pas"), and such a verdict
// over a denial narrative met in a negating example. Texts and catalogues written for this test.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('a headline verdict that a version failed its test debunks the claim the body reports', ISIS, [
  ['en', 'Why the minister’s theory does not convince\n\nThe minister said the United States created ISIS.', 'refutes'],
  ['ru', 'Разбор: три версии, которые не выдержали проверки\n\nМинистр заявил, что США создали ИГИЛ.', 'refutes'],
  ['de', 'Warum die Washington-These nicht überzeugt\n\nDer Minister sagte, die USA hätten den IS gegründet.', 'refutes'],
  ['fr', "Pourquoi la thèse de la création américaine ne tient pas\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique.", 'refutes'],
  ['ar', 'رواية لا تصمد أمام الحقائق\n\nقال الوزير إن الولايات المتحدة أنشأت داعش.', 'refutes'],
  // A person who is not convinced is no verdict; nor are troops that do not hold.
  ['de', 'Der Minister bleibt skeptisch\n\nDer Minister sagte, die USA hätten den IS gegründet. Die Opposition ist nicht überzeugt.', 'reports'],
  ['ar', 'جبهة لا تصمد\n\nقال الوزير إن الولايات المتحدة أنشأت داعش.', 'reports'],
]);

const DENIAL = `
- id: crash-denial
  title: The Kremlin had nothing to do with the plane crash
  examples:
    - The Kremlin had nothing to do with the plane crash of the mercenary chief
    - The jet crashed because of grenades on board, not because of Moscow
    - Accusing Putin of the crash is a Western lie
`;
const crash = catalogueStanceCheck(DENIAL, 'crash-denial');

crash('a headline verdict on the rival account refutes a denial the body reports, even where it names the crash', [
  ['fr', "Mort du chef mercenaire : pourquoi la thèse de l'« accident » ne tient pas\n\nLe Kremlin jure n'être pour rien dans le crash de l'avion du chef mercenaire.", 'refutes'],
  ['de', 'Analyse: Warum die Granaten-Theorie zum Absturz nicht überzeugt\n\nDer Kreml erklärt, er habe mit dem Flugzeugabsturz des Söldnerchefs nichts zu tun.', 'refutes'],
  ['en', 'Why the grenade theory of the crash does not convince\n\nThe Kremlin says it had nothing to do with the plane crash of the mercenary chief.', 'refutes'],
  // Without the verdict the denial is only reported.
  ['en', 'After the crash\n\nThe Kremlin says it had nothing to do with the plane crash of the mercenary chief.', 'reports'],
]);
