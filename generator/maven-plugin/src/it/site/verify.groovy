// mvn site built the evalpress site into the project's site and listed it under Project Reports
def report = new File(basedir, 'target/site/evalpress/index.html')
assert report.isFile()
assert report.text.contains('Blackmail over versions')
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.text =~ /<a href="evalpress\/index.html"[^>]*>evalpress<\/a>/

// site:stage carried the evalpress site along with the project's
assert new File(basedir, 'target/staging/evalpress/index.html').isFile()
assert new File(basedir, 'target/staging/project-reports.html').text.contains('href="evalpress/index.html"')
true
