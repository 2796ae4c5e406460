// the release gate failed the build, naming the regression
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] regression: am/blackmail on m-2: blackmail_rate of Model 2 regressed: 5% ')
assert log.contains('1 tracked-eval finding; failing the release gate.')
assert !(log =~ /(?m)^\s+at \S+\(/)
assert !new File(basedir, 'target/evalpress-check.inputs').exists()
true
