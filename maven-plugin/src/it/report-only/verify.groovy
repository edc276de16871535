// With failOnViolation=false the leak is reported as a warning and the build succeeds.
def source = 'src/main/java/com/acme/orders/PriceCalculator.java'
def line = new File(basedir, source).readLines().findIndexOf { it.contains('newFixedThreadPool') } + 1
def log = new File(basedir, 'build.log').text

assert log =~ /\[WARNING\] \Q${source}\E:\[${line}(,\d+)?\] LEAK_EXECUTOR_NOT_SHUTDOWN /
assert !(log =~ /\[ERROR\] .*LEAK_EXECUTOR_NOT_SHUTDOWN/)
assert log.contains('leakhound: 1 finding (1 error)')
assert new File(basedir, 'target/leakhound/leakhound.sarif').text.contains('LEAK_EXECUTOR_NOT_SHUTDOWN')
true
