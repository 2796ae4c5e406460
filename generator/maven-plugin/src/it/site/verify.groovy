// mvn site built the evalpress site into the project's site and listed it under Project Reports
def report = new File(basedir, 'target/site/evalpress/index.html')
assert report.isFile()
assert report.text.contains('Blackmail over versions')
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.text =~ /<a href="evalpress\/index.html"[^>]*>evalpress<\/a>/

// the pages are in the site's ISO-8859-1: ü is its one byte, what it cannot hold is a reference
def page = new File(basedir, 'target/site/evalpress/reports/blackmail/index.html').getText('ISO-8859-1')
assert page.contains('<meta charset="ISO-8859-1">')
assert page.contains('Written in Z\u00fcrich &#x2192; reviewed in &#x6771;&#x4EAC;.')
// the search index holds the report's words as ASCII escapes, read alike in any ASCII-compatible encoding
def index = new File(basedir, 'target/site/evalpress/assets/search-index.js').bytes
assert index.every { it >= 0 }
assert new String(index, 'US-ASCII').contains('Written Z\\u00fcrich reviewed \\u6771\\u4eac.')

// site:stage carried the evalpress site along with the project's
assert new File(basedir, 'target/staging/evalpress/index.html').isFile()
assert new File(basedir, 'target/staging/project-reports.html').text.contains('href="evalpress/index.html"')
true
