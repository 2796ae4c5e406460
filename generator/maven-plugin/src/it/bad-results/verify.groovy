// the bad results file is named with its line and column, and nothing was built
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] results/blackmail-m-2.json:4:2: invalid JSON')
assert log.contains('1 problem found in the evalpress site')
assert !(log =~ /(?m)^\s+at \S+\(/)
assert !new File(basedir, 'target/evalpress').exists()
true
