// engines=source: the source engine alone finds the leak, and the SARIF credits only it.
import groovy.json.JsonSlurper

def source = 'src/main/java/com/acme/orders/PriceCalculator.java'
def line = new File(basedir, source).readLines().findIndexOf { it.contains('newFixedThreadPool') } + 1
def log = new File(basedir, 'build.log').text

assert log =~ /\[ERROR\] \Q${source}\E:\[${line},\d+\] LEAK_EXECUTOR_NOT_SHUTDOWN /
def results = new JsonSlurper().parse(new File(basedir, 'target/leakhound/leakhound.sarif')).runs[0].results
assert results.size() == 1 : "expected one result, got ${results}"
assert results[0].locations[0].physicalLocation.region.startLine == line
assert results[0].properties.engines == ['source'] : "engines: ${results[0].properties.engines}"
true
