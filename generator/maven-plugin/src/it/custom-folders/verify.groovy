// the reports of docs/evals and the results of evals/results were built, checked and exported
def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'content').exists() && !new File(basedir, 'results').exists()
def home = new File(basedir, 'target/evalpress/index.html')
assert home.isFile()
assert new File(basedir, 'target/evalpress/reports/blackmail/index.html').text.contains('Blackmail over versions')
assert log.contains('no tracked eval regresses or breaches its threshold')
def export = new File(basedir, 'target/evalpress-export/blackmail.html')
assert export.text.contains('Blackmail over versions')
// the export's provenance names the inputs by their paths under the project's folder
assert export.text.contains('docs/evals/blackmail.md') && export.text.contains('evals/results/models.json')

// the second run found every goal's inputs and files unchanged
['build', 'check', 'export'].each { goal ->
  assert log.contains("evalpress ${goal}: the inputs in ") : "second run of ${goal} was not skipped"
}
true
