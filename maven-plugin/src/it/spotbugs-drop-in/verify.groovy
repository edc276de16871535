// The SpotBugs Maven plugin, with leakhound-detectors under its <plugins>, finds the leak with a newer SpotBugs than
// the detectors were compiled against, writes it to spotbugsXml.xml and fails spotbugs:check because of it.
import groovy.xml.XmlSlurper

def source = 'src/main/java/com/acme/orders/PriceCalculator.java'
def line = new File(basedir, source).readLines().findIndexOf { it.contains('newFixedThreadPool') } + 1
def log = new File(basedir, 'build.log').text

def report = new File(basedir, 'target/spotbugsXml.xml')
assert report.isFile() : "SpotBugs wrote no ${report}"
def bugs = new XmlSlurper().parse(report)
assert bugs.@version.text().startsWith('4.10.') : "not the newer SpotBugs engine: ${bugs.@version}"
assert bugs.Project.Plugin.find { it.@id == 'io.github.leakhound' }.@enabled == 'true' : 'the leakhound plugin was not loaded'
// A detector that fails on the newer engine shows up here rather than as a build failure.
assert bugs.Errors.@errors == '0' : "analysis errors: ${bugs.Errors}"
assert bugs.Errors.@missingClasses == '0'

def leaks = bugs.BugInstance.findAll { it.@type.text().startsWith('LEAK_') }
assert leaks.size() == 1 : "expected one leakhound bug, got ${leaks*.@type}"
def leak = leaks[0]
assert leak.@type == 'LEAK_EXECUTOR_NOT_SHUTDOWN'
assert leak.@priority == '1'
assert leak.Method.@name == 'total'
def primaryLine = leak.SourceLine.find { it.@primary == 'true' }
assert primaryLine.@start == "${line}"
assert primaryLine.@sourcepath == 'com/acme/orders/PriceCalculator.java'

// spotbugs:check failed the build because of that bug, and says where it is.
assert log =~ /\[ERROR\] High: .* At PriceCalculator\.java:\[line ${line}\] LEAK_EXECUTOR_NOT_SHUTDOWN/
assert log.contains('spotbugs-maven-plugin:4.10.3.0:check (default) on project spotbugs-drop-in: failed with 1 bugs and 0 errors')
true
