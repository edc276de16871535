// Pools released in finally and by try-with-resources are not leaks: no finding, an empty SARIF run.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains('leakhound: no findings')
assert log.contains('reports: target/leakhound/leakhound.sarif, target/leakhound/leakhound-spotbugs.xml')
assert !(log =~ /LEAK_[A-Z_]+ /) : 'a finding was reported'
def sarif = new File(basedir, 'target/leakhound/leakhound.sarif')
assert sarif.isFile()
assert new JsonSlurper().parse(sarif).runs[0].results == []
true
