// The baseline goal records the leak with its fingerprint; check then skips it and the build succeeds.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baselineFile = new File(basedir, 'leakhound-baseline.json')
assert baselineFile.isFile() : 'the baseline goal wrote no leakhound-baseline.json'
def baseline = new JsonSlurper().parse(baselineFile)
assert baseline.findings.size() == 1
assert baseline.findings[0].rule == 'LEAK_EXECUTOR_NOT_SHUTDOWN'
assert baseline.findings[0].file == 'src/main/java/com/acme/orders/PriceCalculator.java'
assert baseline.findings[0].fingerprint ==~ /[0-9a-f]{32}/

assert log.contains('leakhound: baseline of 1 finding written to leakhound-baseline.json')
assert log.contains('leakhound: skipped 1 known finding listed in the baseline leakhound-baseline.json')
assert log.contains('leakhound: no findings')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/leakhound/leakhound.sarif'))
assert sarif.runs[0].results == []
true
