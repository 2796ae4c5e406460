// mvn verify built the site and passed the release gate
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/evalpress/index.html').isFile()
assert log.contains('Built ') && log.contains(' pages (')
assert log.contains('OK: ') && log.contains('no tracked eval regresses or breaches its threshold')
assert new File(basedir, 'target/evalpress-build.inputs').isFile()

// the export goal wrote the release summary of m-2 in each default format, and the report as one HTML file
assert new File(basedir, 'target/evalpress-report/blackmail.html').text.contains('Blackmail over versions')
['html', 'md', 'json'].each { ext ->
  def file = new File(basedir, "target/evalpress-export/release-m-2.${ext}")
  assert file.isFile()
  assert file.text.contains('Model 2')
}
true
