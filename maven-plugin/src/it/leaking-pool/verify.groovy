// Both engines must find the pool leak, report it once, and the SARIF file must say the same.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def source = 'src/main/java/com/acme/orders/PriceCalculator.java'
def line = new File(basedir, source).readLines().findIndexOf { it.contains('newFixedThreadPool') } + 1
def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] ${source}:[${line}") : "no console finding at ${source}:[${line}"
assert log =~ /\[ERROR\] \Q${source}\E:\[${line}(,\d+)?\] LEAK_EXECUTOR_NOT_SHUTDOWN /
assert log.contains('leakhound: 1 finding (1 error)')
assert log.contains('leakhound found 1 concurrency leak; see above')

def sarif = new File(basedir, 'target/leakhound/leakhound.sarif')
assert sarif.isFile() : "no SARIF report at ${sarif}"
assert sarif.text.contains('LEAK_EXECUTOR_NOT_SHUTDOWN')
def results = new JsonSlurper().parse(sarif).runs[0].results
assert results.size() == 1 : "expected one merged result, got ${results}"
def result = results[0]
assert result.ruleId == 'LEAK_EXECUTOR_NOT_SHUTDOWN'
assert result.locations[0].physicalLocation.artifactLocation.uri == source
assert result.locations[0].physicalLocation.region.startLine == line
assert result.properties.engines == ['bytecode', 'source'] : "not found by both engines: ${result.properties.engines}"
assert result.partialFingerprints['leakhoundFingerprint/v1'] ==~ /[0-9a-f]{32}/
assert log.contains("[ERROR] leakhound: ${source} — 1 finding")

// The same finding in the SpotBugs-compatible XML, for tools that read SpotBugs reports.
def xml = new XmlSlurper().parse(new File(basedir, 'target/leakhound/leakhound-spotbugs.xml'))
def bug = xml.BugInstance[0]
assert bug.@type == 'LEAK_EXECUTOR_NOT_SHUTDOWN'
assert bug.@priority == '1'
assert bug.SourceLine.find { it.@primary == 'true' }.@start == "${line}"
assert bug.SourceLine.find { it.@primary == 'true' }.@sourcepath == source
true
