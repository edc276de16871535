// A misspelt engine fails the build with a message that names the parameter and the bad value.
def log = new File(basedir, 'build.log').text

assert log.contains("Unknown engine 'nonsense' in parameter 'engines' (leakhound.engines)")
assert !new File(basedir, 'target/leakhound/leakhound.sarif').exists()
true
